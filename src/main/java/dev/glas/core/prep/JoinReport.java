package dev.glas.core.prep;

import java.util.List;

/**
 * How a join matched: rows of the main table with a match, distinct keys of the main table without a match
 * in the second one (count + up to 20 examples) and keys of the second table that no row used, and keys
 * repeated in the second table (the first occurrence is used).
 */
public record JoinReport(int matchedRows, int unmatchedRows, int unmatchedLeftKeys, List<String> unmatchedLeftExamples,
                         int unmatchedRightKeys, List<String> unmatchedRightExamples, int duplicateRightKeys) {

    public JoinReport {
        unmatchedLeftExamples = List.copyOf(unmatchedLeftExamples);
        unmatchedRightExamples = List.copyOf(unmatchedRightExamples);
    }
}
