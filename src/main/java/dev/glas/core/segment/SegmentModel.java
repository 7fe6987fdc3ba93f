package dev.glas.core.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.glas.core.data.Dataset;
import dev.glas.core.prep.FeatureMatrix;
import dev.glas.core.prep.FittedPipeline;
import dev.glas.core.prep.PipelineJson;
import dev.glas.core.prep.PrepException;
import dev.glas.core.prep.PrepResult;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A saved segmentation: the fitted preparation pipeline, the features, the k-means centres (in prepared
 * units), the cluster names and the seed. Scores new files: replay the pipeline (every row kept), then assign
 * each row to the nearest centre.
 */
public record SegmentModel(String format, FittedPipeline pipeline, List<String> features, int k, double[] centers,
                           List<String> names, long seed) {

    public static final String FORMAT = "glas-segment-model/1";

    public SegmentModel {
        features = List.copyOf(features);
        names = List.copyOf(names);
        if (centers.length != k * features.size()) {
            throw new IllegalArgumentException("centres must be k × features");
        }
    }

    public static SegmentModel of(FittedPipeline pipeline, List<String> features, KMeansResult km, List<String> names,
                                  long seed) {
        return new SegmentModel(FORMAT, pipeline, features, km.k(), km.centers(), names, seed);
    }

    /** Clusters (0-based) of every row of {@code data}. */
    public int[] score(Dataset data, Cancellation cancellation) throws PrepException {
        PrepResult prepared = pipeline.transform(data, true, List.of(), Progress.NONE, cancellation);
        FeatureMatrix fm = FeatureMatrix.of(prepared.data(), features);
        KMeansResult km = new KMeansResult(k, features.size(), centers, new int[0], Double.NaN, 0);
        return km.predict(Points.of(fm));
    }

    public void save(Path file) throws IOException {
        Files.writeString(file, PipelineJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this));
    }

    public static SegmentModel load(Path file) throws IOException, PrepException {
        try {
            SegmentModel m = PipelineJson.mapper().readValue(Files.readString(file), SegmentModel.class);
            if (!FORMAT.equals(m.format())) {
                throw new PrepException("segment.model.error.format", file.getFileName().toString());
            }
            return m;
        } catch (JsonProcessingException e) {
            throw new PrepException("segment.model.error.format", file.getFileName().toString());
        }
    }
}
