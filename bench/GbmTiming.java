import dev.glas.core.churn.Folds;
import dev.glas.core.churn.HistGbm;
import dev.glas.core.churn.Model;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Times HistGbm.fit alone (no import, no preparation) on a CSV: text columns become ordinal codes of their sorted
 * categories (as bench/churn_sklearn.py does for sklearn), 5 stratified folds with seed 42, sklearn defaults.
 * Prints per-fold wall seconds and process CPU seconds, then repeats the 5 folds (warm JIT) to separate warm-up.
 * Usage: java -cp target/classes:DEPS bench/GbmTiming.java FILE SEP TARGET POSITIVE [ROUNDS]
 */
public class GbmTiming {
    public static void main(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(a[0]));
        String sep = a[1];
        String[] head = split(lines.get(0), sep);
        int t = List.of(head).indexOf(a[2]);
        int n = lines.size() - 1;
        String[][] cells = new String[n][];
        for (int i = 0; i < n; i++) {
            cells[i] = split(lines.get(i + 1), sep);
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = cells[i][t].equals(a[3]) ? 1 : 0;
        }
        List<double[]> cols = new ArrayList<>();
        for (int c = 0; c < head.length; c++) {
            if (c == t) {
                continue;
            }
            double[] v = new double[n];
            boolean numeric = true;
            for (int i = 0; i < n && numeric; i++) {
                try {
                    v[i] = Double.parseDouble(cells[i][c]);
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
            if (!numeric) {
                TreeSet<String> cats = new TreeSet<>();
                for (int i = 0; i < n; i++) {
                    cats.add(cells[i][c]);
                }
                List<String> sorted = new ArrayList<>(cats);
                for (int i = 0; i < n; i++) {
                    v[i] = sorted.indexOf(cells[i][c]);
                }
            }
            cols.add(v);
        }
        double[][] x = cols.toArray(double[][]::new);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        int[] fold = Folds.stratifiedKFold(y, all, 5, 42);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int rounds = a.length > 4 ? Integer.parseInt(a[4]) : 2;
        for (int round = 0; round < rounds; round++) {
            double wall = 0;
            double cpu = 0;
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 5; k++) {
                int kk = k;
                int[] tr = java.util.stream.IntStream.range(0, n).filter(i -> fold[i] != kk).toArray();
                long c0 = os.getProcessCpuTime();
                long w0 = System.nanoTime();
                Model m = HistGbm.fit(x, y, null, tr, HistGbm.Params.defaults(42 + k), Progress.NONE,
                        Cancellation.NEVER);
                double w = (System.nanoTime() - w0) / 1e9;
                double c = (os.getProcessCpuTime() - c0) / 1e9;
                wall += w;
                cpu += c;
                sb.append(String.format(" %.3f/%.3f(%d)", w, c, ((dev.glas.core.churn.TreeEnsemble) m).trees().size()));
            }
            System.out.printf("round %d: wall %.3f s, cpu %.3f s; per fold wall/cpu:%s%n", round, wall, cpu, sb);
        }
    }

    private static String[] split(String line, String sep) {
        String[] f = line.split(sep, -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].replace("\"", "").strip();
        }
        return f;
    }
}
