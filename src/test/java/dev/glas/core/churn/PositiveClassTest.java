package dev.glas.core.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glas.core.data.ColumnType;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The suggested positive class: a yes-like value, otherwise the rarest one. */
class PositiveClassTest {

    private static Dataset read(String name) throws Exception {
        return new DataImporter().read(Path.of(PositiveClassTest.class.getResource(name).toURI()));
    }

    @Test
    void yesNoColumnsReadAsBooleansSuggestTrue() throws Exception {
        Dataset bank = read("bank_slice.csv"); // y: yes/no
        assertEquals(ColumnType.BOOLEAN, bank.type("y"));
        assertEquals("true", ChurnLab.suggestPositive(bank, "y"));
        Dataset telco = read("telco_slice.csv"); // Churn: Yes/No, Partner: Yes/No
        assertEquals("true", ChurnLab.suggestPositive(telco, "Churn"));
        assertEquals("true", ChurnLab.suggestPositive(telco, "Partner"));
        // the label counts the file's "Yes" rows as positives
        int[] y = ChurnLab.labels(telco, "Churn", "true");
        long yes = 0;
        for (String line : java.nio.file.Files.readAllLines(Path.of(PositiveClassTest.class
                .getResource("telco_slice.csv").toURI())).subList(1, y.length + 1)) {
            yes += line.endsWith(",Yes") ? 1 : 0;
        }
        assertEquals(yes, java.util.Arrays.stream(y).sum());
    }

    @Test
    void textAndNumberTargets() {
        Dataset attr = data(StringColumn.create("Attrition_Flag", "Existing Customer", "Attrited Customer",
                "Existing Customer", "Existing Customer"), ColumnType.CATEGORICAL);
        assertEquals("Attrited Customer", ChurnLab.suggestPositive(attr, "Attrition_Flag"));
        Dataset rare = data(StringColumn.create("status", "stay", "stay", "gone", "stay", "moved", "moved"),
                ColumnType.CATEGORICAL);
        assertEquals("gone", ChurnLab.suggestPositive(rare, "status")); // the rarest
        Dataset codes = data(IntColumn.create("churn_count", 0, 2, 1, 0, 0), ColumnType.NUMERIC);
        assertEquals("1", ChurnLab.suggestPositive(codes, "churn_count"));
        Dataset ru = data(StringColumn.create("статус", "остался", "ушёл", "остался"), ColumnType.CATEGORICAL);
        assertEquals("ушёл", ChurnLab.suggestPositive(ru, "статус"));
    }

    private static Dataset data(tech.tablesaw.columns.Column<?> c, ColumnType t) {
        return new Dataset("t", Table.create("t", c), Map.of(c.name(), t), null);
    }
}
