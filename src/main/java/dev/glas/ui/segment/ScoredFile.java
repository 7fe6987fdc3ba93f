package dev.glas.ui.segment;

import dev.glas.core.data.Dataset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes scored rows as CSV: the input columns plus the cluster number and name. */
final class ScoredFile {

    private ScoredFile() {
    }

    static void write(Dataset data, int[] labels, List<String> names, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder();
            for (String c : data.columnNames()) {
                sb.append(csv(c)).append(',');
            }
            sb.append("cluster,cluster_name\n");
            w.write(sb.toString());
            for (int i = 0; i < labels.length; i++) {
                sb.setLength(0);
                for (String c : data.columnNames()) {
                    var col = data.column(c);
                    sb.append(col.isMissing(i) ? "" : csv(col.getString(i))).append(',');
                }
                sb.append(labels[i] + 1).append(',').append(csv(names.get(labels[i]))).append('\n');
                w.write(sb.toString());
            }
        }
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
