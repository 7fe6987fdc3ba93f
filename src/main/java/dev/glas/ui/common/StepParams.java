package dev.glas.ui.common;

import dev.glas.core.prep.ClipOutliers;
import dev.glas.core.prep.Dedupe;
import dev.glas.core.prep.DropColumns;
import dev.glas.core.prep.DropSparse;
import dev.glas.core.prep.Encode;
import dev.glas.core.prep.Impute;
import dev.glas.core.prep.Log1p;
import dev.glas.core.prep.Scale;
import dev.glas.core.prep.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The editable parts of a preparation step, without JavaFX: its target columns (empty = every applicable
 * column) and named parameters (a choice from a list or free text). Editing returns a new step record; the
 * records validate themselves, so a bad value throws {@link IllegalArgumentException} and the old step stays.
 */
public final class StepParams {

    /** One parameter: its name, message key of its label, allowed values (empty = free text) and current value. */
    public record Param(String name, String labelKey, List<String> choices, String value) {
        public Param {
            choices = List.copyOf(choices);
        }
    }

    private StepParams() {
    }

    /** Whether the analyst picks target columns for this step (join and dedupe have none). */
    public static boolean hasColumns(Step s) {
        return s instanceof Impute || s instanceof ClipOutliers || s instanceof Scale || s instanceof Log1p
                || s instanceof Encode || s instanceof DropColumns;
    }

    public static List<String> columns(Step s) {
        return switch (s) {
            case Impute i -> i.columns();
            case ClipOutliers c -> c.columns();
            case Scale c -> c.columns();
            case Log1p c -> c.columns();
            case Encode c -> c.columns();
            case DropColumns c -> c.columns();
            default -> List.of();
        };
    }

    public static Step withColumns(Step s, List<String> cols) {
        return switch (s) {
            case Impute i -> new Impute(cols, i.method(), i.constant(), i.neighbors(), i.iterations(), i.seed());
            case ClipOutliers c -> new ClipOutliers(cols, c.method(), c.lower(), c.upper(), c.factor());
            case Scale c -> new Scale(cols, c.method());
            case Log1p c -> new Log1p(cols);
            case Encode c -> new Encode(cols, c.method());
            case DropColumns c -> new DropColumns(cols);
            default -> s;
        };
    }

    /** The parameters of a step, in display order. */
    public static List<Param> of(Step s) {
        List<Param> out = new ArrayList<>();
        switch (s) {
            case Impute i -> {
                out.add(new Param("method", "segment.param.method", names(Impute.Method.values()), name(i.method())));
                if (i.method() == Impute.Method.CONSTANT) {
                    out.add(new Param("constant", "segment.param.constant", List.of(), i.constant()));
                }
                if (i.method() == Impute.Method.KNN) {
                    out.add(new Param("neighbors", "segment.param.neighbors", List.of(), String.valueOf(i.neighbors())));
                }
                if (i.method() == Impute.Method.ITERATIVE) {
                    out.add(new Param("iterations", "segment.param.iterations", List.of(),
                            String.valueOf(i.iterations())));
                }
            }
            case ClipOutliers c -> {
                out.add(new Param("method", "segment.param.method", names(ClipOutliers.Method.values()),
                        name(c.method())));
                if (c.method() == ClipOutliers.Method.QUANTILE) {
                    out.add(new Param("lower", "segment.param.lower", List.of(), number(c.lower())));
                    out.add(new Param("upper", "segment.param.upper", List.of(), number(c.upper())));
                } else {
                    out.add(new Param("factor", "segment.param.factor", List.of(), number(c.factor())));
                }
            }
            case Scale c -> out.add(new Param("method", "segment.param.method", names(Scale.Method.values()),
                    name(c.method())));
            case Encode c -> out.add(new Param("method", "segment.param.method", names(Encode.Method.values()),
                    name(c.method())));
            case DropSparse d -> out.add(new Param("threshold", "segment.param.threshold", List.of(),
                    String.valueOf(Math.round(d.threshold() * 100))));
            case Dedupe d -> out.add(new Param("id", "segment.param.id", List.of(),
                    d.idColumn() == null ? "" : d.idColumn()));
            default -> { }
        }
        return out;
    }

    /**
     * The step with one parameter changed. Numbers accept a decimal comma. Switching an imputation to CONSTANT
     * starts with the constant "0"; switching clipping to QUANTILE starts with 0.01–0.99.
     *
     * @throws IllegalArgumentException for a bad value (message for the analyst)
     */
    public static Step with(Step s, String param, String value) {
        String v = value == null ? "" : value.strip();
        return switch (s) {
            case Impute i -> switch (param) {
                case "method" -> {
                    Impute.Method m = parse(Impute.Method.class, v);
                    String constant = m == Impute.Method.CONSTANT && i.constant() == null ? "0" : i.constant();
                    yield new Impute(i.columns(), m, constant, i.neighbors(), i.iterations(), i.seed());
                }
                case "constant" -> new Impute(i.columns(), i.method(), v, i.neighbors(), i.iterations(), i.seed());
                case "neighbors" -> new Impute(i.columns(), i.method(), i.constant(), positive(v), i.iterations(),
                        i.seed());
                case "iterations" -> new Impute(i.columns(), i.method(), i.constant(), i.neighbors(), positive(v),
                        i.seed());
                default -> throw unknown(param);
            };
            case ClipOutliers c -> switch (param) {
                case "method" -> {
                    ClipOutliers.Method m = parse(ClipOutliers.Method.class, v);
                    boolean fresh = m == ClipOutliers.Method.QUANTILE && c.method() == ClipOutliers.Method.IQR;
                    yield fresh ? new ClipOutliers(c.columns(), m, 0.01, 0.99, c.factor())
                            : new ClipOutliers(c.columns(), m, c.lower(), c.upper(), c.factor());
                }
                case "lower" -> new ClipOutliers(c.columns(), c.method(), parseNumber(v), c.upper(), c.factor());
                case "upper" -> new ClipOutliers(c.columns(), c.method(), c.lower(), parseNumber(v), c.factor());
                case "factor" -> new ClipOutliers(c.columns(), c.method(), c.lower(), c.upper(), parseNumber(v));
                default -> throw unknown(param);
            };
            case Scale c -> new Scale(c.columns(), parse(Scale.Method.class, v));
            case Encode c -> new Encode(c.columns(), parse(Encode.Method.class, v));
            case DropSparse d -> new DropSparse(parseNumber(v) / 100);
            case Dedupe d -> new Dedupe(v.isEmpty() ? null : v);
            default -> throw unknown(param);
        };
    }

    /** Label of a choice: imputation methods have translated names, others show their short technical name. */
    public static String choiceLabel(String choice) {
        for (Impute.Method m : Impute.Method.values()) {
            if (name(m).equals(choice)) {
                return dev.glas.core.i18n.Messages.get("segment.prep.impute." + choice);
            }
        }
        return choice;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(StepParams::name).toList();
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String v) {
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown method: " + v, e);
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e9 ? String.valueOf((long) d) : String.valueOf(d);
    }

    static double parseNumber(String v) {
        try {
            return Double.parseDouble(v.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + v, e);
        }
    }

    private static int positive(String v) {
        double d = parseNumber(v);
        if (!(d >= 1) || d != Math.rint(d)) {
            throw new IllegalArgumentException("a whole number of at least 1 is needed: " + v);
        }
        return (int) d;
    }

    private static IllegalArgumentException unknown(String param) {
        return new IllegalArgumentException("unknown parameter: " + param);
    }
}
