package dev.glas.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Small open datasets bundled with Glas (slices of public data; licences and attribution in
 * {@code dev/glas/samples/README.md} and in the About dialog), so that a first-time user sees a result in
 * one click.
 */
public final class Samples {

    private static final String BASE = "/dev/glas/samples/";

    private static final List<Sample> ALL = List.of(
            new Sample("telco_churn", "data.sample.telco.title", "data.sample.telco.attribution",
                    BASE + "telco_churn.csv"),
            new Sample("bank_marketing", "data.sample.bank.title", "data.sample.bank.attribution",
                    BASE + "bank_marketing.csv"),
            new Sample("online_retail", "data.sample.retail.title", "data.sample.retail.attribution",
                    BASE + "online_retail.csv"),
            new Sample("cedr_ru_emotions", "data.sample.cedr.title", "data.sample.cedr.attribution",
                    BASE + "cedr_ru_emotions.csv"));

    private Samples() {
    }

    public static List<Sample> list() {
        return ALL;
    }

    public static Sample byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sample " + id));
    }

    /** Reads a bundled sample (detecting its settings like any file). */
    public static Dataset open(Sample sample) throws IOException, DataFormatException {
        byte[] bytes;
        try (InputStream in = Samples.class.getResourceAsStream(sample.resource())) {
            if (in == null) {
                throw new IOException("missing resource " + sample.resource());
            }
            bytes = in.readAllBytes();
        }
        String name = sample.resource().substring(sample.resource().lastIndexOf('/') + 1);
        return new DataImporter().readBytes(bytes, name);
    }
}
