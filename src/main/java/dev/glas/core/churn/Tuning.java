package dev.glas.core.churn;

import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Fits a model family on a training set, optionally after a random search of its hyperparameters with a time
 * budget: the training set is split (stratified 80/20, seeded), the defaults and then random candidates are
 * scored by ROC-AUC on the 20 % until the budget is spent, and the best candidate is refitted on the whole
 * training set. Because the search sees only training rows of a fold, the fold's validation stays untouched.
 */
final class Tuning {

    private Tuning() {
    }

    /** The fitted model and a short description of the chosen hyperparameters. */
    record Fitted(Model model, String params) {
    }

    static Fitted fit(ModelKind kind, TrainingSet ts, double seconds, long seed, Cancellation cancellation) {
        if (seconds <= 0) {
            return new Fitted(fitWith(kind, ts, ts.all(), defaults(kind, seed), cancellation), describe(defaults(kind, seed)));
        }
        int[][] split = Folds.stratifiedSplit(ts.y(), ts.all(), 0.2, seed);
        int[] inner = split[0];
        int[] check = split[1];
        int[] yCheck = Arrays.stream(check).map(i -> ts.y()[i]).toArray();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        SplittableRandom rnd = new SplittableRandom(seed);
        Object best = defaults(kind, seed);
        double bestAuc = Double.NEGATIVE_INFINITY;
        Object candidate = best;
        int tried = 0;
        while (tried < 2 || System.nanoTime() < deadline) {
            cancellation.check();
            Model m = fitWith(kind, ts, inner, candidate, cancellation);
            double[] p = m.predict(ts.cols());
            double auc = Metrics.rocAuc(yCheck, Arrays.stream(check).mapToDouble(i -> p[i]).toArray());
            if (auc > bestAuc) {
                bestAuc = auc;
                best = candidate;
            }
            tried++;
            candidate = random(kind, rnd, seed);
            if (tried >= 200) {
                break;
            }
        }
        return new Fitted(fitWith(kind, ts, ts.all(), best, cancellation), describe(best));
    }

    static Object defaults(ModelKind kind, long seed) {
        return switch (kind) {
            case LR -> LogisticRegression.Params.defaults();
            case RF -> RandomForest.Params.defaults(seed);
            case GBM -> HistGbm.Params.defaults(seed);
            case BLEND -> throw new IllegalArgumentException("a blend is not fitted directly");
        };
    }

    static Object random(ModelKind kind, SplittableRandom r, long seed) {
        return switch (kind) {
            case LR -> new LogisticRegression.Params(Math.pow(10, -3 + 5 * r.nextDouble()), 50);
            case RF -> new RandomForest.Params(50 + r.nextInt(151), 1 + r.nextInt(20), r.nextInt(3) == 0 ? 0 : 6 + r.nextInt(15),
                    0, seed);
            case GBM -> new HistGbm.Params(Math.pow(10, -2 + 1.3 * r.nextDouble()), 100 + r.nextInt(201),
                    8 + r.nextInt(56), 0, 5 + r.nextInt(96), r.nextInt(2) == 0 ? 0 : Math.pow(10, -2 + 3 * r.nextDouble()),
                    255, "auto", seed);
            case BLEND -> throw new IllegalArgumentException("a blend is not tuned");
        };
    }

    /** Fits one candidate; trees train on compact features (one-hot blocks as ordinal codes) when groups are set. */
    static Model fitWith(ModelKind kind, TrainingSet ts, int[] rows, Object params, Cancellation cancellation) {
        if (kind == ModelKind.LR) {
            return LogisticRegression.fit(ts.cols(), ts.y(), ts.weight(), rows, (LogisticRegression.Params) params,
                    cancellation);
        }
        boolean compact = ts.groups() != null && ts.groups().size() < ts.cols().length;
        double[][] cols = compact ? CompactModel.compact(ts.cols(), ts.groups()) : ts.cols();
        Model m = switch (kind) {
            case RF -> RandomForest.fit(cols, ts.y(), ts.weight(), rows, (RandomForest.Params) params, Progress.NONE,
                    cancellation);
            case GBM -> HistGbm.fit(cols, ts.y(), ts.weight(), rows, (HistGbm.Params) params, Progress.NONE,
                    cancellation);
            default -> throw new IllegalArgumentException("a blend is not fitted directly");
        };
        return compact ? new CompactModel(m, ts.groups(), ts.cols().length) : m;
    }

    /**
     * Hyperparameters as the analyst reads them in sklearn's notation, e.g. {@code learning_rate=0.1,
     * max_leaf_nodes=31} (record components in snake case; numbers with up to 4 significant digits; seeds left
     * out); not a record's {@code Params[learningRate=0.1, …]}.
     */
    static String describe(Object params) {
        if (!(params instanceof Record r)) {
            return String.valueOf(params);
        }
        StringBuilder b = new StringBuilder();
        for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals("seed")) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(c.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT)).append('=');
            if (v instanceof Double d && Double.isFinite(d)) {
                b.append(new java.math.BigDecimal(d).round(new java.math.MathContext(4)).stripTrailingZeros()
                        .toPlainString());
            } else {
                b.append(v);
            }
        }
        return b.toString();
    }
}
