package dev.glas.core.data;

import java.util.List;

/**
 * Summary of one column.
 *
 * @param name      column name
 * @param type      analyst-facing type
 * @param count     non-missing values
 * @param missing   missing values
 * @param distinct  distinct non-missing values
 * @param min       numbers: minimum (booleans: 0/1); {@code null} otherwise
 * @param max       numbers: maximum; {@code null} otherwise
 * @param mean      numbers: mean (booleans: share of true); {@code null} otherwise
 * @param median    numbers: median (mean of the two middle values for an even count); {@code null} otherwise
 * @param std       numbers: sample standard deviation (ddof = 1, as pandas); {@code null} when count &lt; 2
 * @param minText   dates: ISO minimum; text: lexicographically smallest value; {@code null} for numbers
 * @param maxText   dates: ISO maximum; text: lexicographically largest value; {@code null} for numbers
 * @param topValues most frequent values (at most {@link Profiler#TOP_VALUES}) for categorical, boolean,
 *                  text and identifier columns, most frequent first; empty for numbers and dates
 * @param histogram numbers and dates: equal-width histogram; {@code null} otherwise
 */
public record ColumnProfile(String name, ColumnType type, int count, int missing, int distinct, Double min,
                            Double max, Double mean, Double median, Double std, String minText, String maxText,
                            List<ValueCount> topValues, Histogram histogram) {

    public ColumnProfile {
        topValues = List.copyOf(topValues);
    }

    /** Missing values as a percentage of all rows (0 for an empty column). */
    public double missingPercent() {
        int total = count + missing;
        return total == 0 ? 0 : 100.0 * missing / total;
    }
}
