package dev.glas.core.project.analyses;

import dev.glas.core.churn.Collinearity;
import dev.glas.core.data.Dataset;
import dev.glas.core.project.AnalysisInputs;
import dev.glas.core.project.ProjectAnalysis;
import dev.glas.core.project.ProjectFormatException;
import dev.glas.core.report.ReportItem;
import dev.glas.core.report.sections.VifSection;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * Multicollinearity check (VIF) of numeric feature columns. Rows with a missing value in any chosen column are
 * left out (listwise), as statsmodels does on a dropna'd frame.
 */
public final class VifAnalysis implements ProjectAnalysis<VifAnalysis.State, List<Collinearity.Vif>> {

    /**
     * @param sourceId source (null = first)
     * @param columns  numeric columns; empty = every numeric column
     */
    public record State(String sourceId, List<String> columns) {
        public State {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }
    }

    public static final VifAnalysis INSTANCE = new VifAnalysis();

    @Override
    public String id() {
        return "churn.vif";
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public Class<State> stateType() {
        return State.class;
    }

    @Override
    public String titleKey() {
        return "project.analysis.vif";
    }

    @Override
    public List<Collinearity.Vif> run(State state, AnalysisInputs inputs, Progress progress,
                                      Cancellation cancellation) throws Exception {
        Dataset d = inputs.datasetOrPrimary(state.sourceId());
        List<String> names = new ArrayList<>();
        if (state.columns().isEmpty()) {
            for (String c : d.columnNames()) {
                if (d.type(c).isNumeric() && d.column(c) instanceof NumericColumn<?>) {
                    names.add(c);
                }
            }
        } else {
            for (String c : state.columns()) {
                if (!d.columnNames().contains(c) || !(d.column(c) instanceof NumericColumn<?>)) {
                    throw new ProjectFormatException("project.error.column.not.numeric", c);
                }
                names.add(c);
            }
        }
        if (names.size() < 2) {
            throw new ProjectFormatException("project.error.vif.columns");
        }
        int rows = d.rowCount();
        boolean[] keep = new boolean[rows];
        java.util.Arrays.fill(keep, true);
        for (String n : names) {
            Column<?> c = d.column(n);
            for (int r = 0; r < rows; r++) {
                if (c.isMissing(r)) {
                    keep[r] = false;
                }
            }
        }
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        double[][] cols = new double[names.size()][n];
        for (int j = 0; j < names.size(); j++) {
            cancellation.check();
            NumericColumn<?> c = (NumericColumn<?>) d.column(names.get(j));
            int i = 0;
            for (int r = 0; r < rows; r++) {
                if (keep[r]) {
                    cols[j][i++] = c.getDouble(r);
                }
            }
        }
        return Collinearity.vif(names, cols);
    }

    @Override
    public List<ReportItem<?>> report(State state, List<Collinearity.Vif> result) {
        return List.of(ReportItem.of(VifSection.INSTANCE, result));
    }

    @Override
    public Map<String, Object> summary(State state, List<Collinearity.Vif> result) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> v = new LinkedHashMap<>();
        for (Collinearity.Vif x : result) {
            v.put(x.feature(), Double.isFinite(x.vif()) ? x.vif() : null);
        }
        m.put("vif", v);
        m.put("above_warn", result.stream().filter(x -> !(x.vif() < Collinearity.VIF_WARN)).count());
        return m;
    }
}
