package dev.glas.core.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads the committed fixtures of src/test/python/segment_reference.py. */
final class SegmentFixtures {

    private SegmentFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(SegmentFixtures.class.getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }

    static JsonNode json(String name) {
        try {
            return new ObjectMapper().readTree(resource(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numeric CSV columns: the first {@code d} as points, the rest as int label columns. */
    static double[][] csv(String name) {
        try {
            List<String> lines = Files.readAllLines(resource(name));
            double[][] rows = new double[lines.size() - 1][];
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split(",");
                rows[i - 1] = new double[f.length];
                for (int j = 0; j < f.length; j++) {
                    rows[i - 1][j] = Double.parseDouble(f[j]);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Points points(double[][] rows, int d) {
        double[][] x = new double[rows.length][d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, x[i], 0, d);
        }
        return Points.of(x);
    }

    static int[] labels(double[][] rows, int column) {
        int[] l = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            l[i] = (int) rows[i][column];
        }
        return l;
    }
}
