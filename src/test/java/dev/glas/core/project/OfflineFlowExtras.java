package dev.glas.core.project;

import dev.glas.core.data.DataImporter;
import dev.glas.core.project.analyses.ChurnAnalysis;
import dev.glas.core.project.analyses.TextAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The churn and text parts of the offline flow: a telco churn source and a Russian text source. */
final class OfflineFlowExtras {

    private OfflineFlowExtras() {
    }

    static Project addMore(Project p, Path dir) throws Exception {
        DataImporter importer = new DataImporter();
        Path telco = copy("/dev/glas/samples/telco_churn.csv", dir.resolve("telco.csv"));
        Path cedr = copy("/dev/glas/samples/cedr_ru_emotions.csv", dir.resolve("cedr.csv"));
        return p.withSource(DataSource.of("source-2", telco, importer.detect(telco)))
                .withSource(DataSource.of("source-3", cedr, importer.detect(cedr)))
                .with(ChurnAnalysis.INSTANCE, new ChurnAnalysis.State("source-2", "Churn", "Yes", List.of(),
                        List.of("customerID"), List.of("lr"), 2, 0.2, null, 42, 0, null))
                .with(TextAnalysis.INSTANCE, new TextAnalysis.State("source-3", "text", "source", 2, 3, 3, 42, null));
    }

    private static Path copy(String resource, Path to) throws IOException {
        try (InputStream in = OfflineFlowExtras.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
        return to;
    }
}
