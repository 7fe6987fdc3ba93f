package dev.glas.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glas.core.project.analyses.BehaviorAnalysis;
import dev.glas.core.project.analyses.ChurnAnalysis;
import dev.glas.core.project.analyses.RfmAnalysis;
import dev.glas.core.project.analyses.SegmentAnalysis;
import dev.glas.core.project.analyses.TextAnalysis;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sections written by the first schema of each analysis (before the pages stored their state) still read. */
class SectionUpgradeTest {

    @TempDir
    Path dir;

    private static JsonNode json(String s) throws Exception {
        return ProjectJson.mapper().readTree(s);
    }

    /** A project holding the given v1 sections, saved and opened again. */
    private Project reopened(Map<String, String> v1) throws Exception {
        Map<String, SectionState> sections = new LinkedHashMap<>();
        for (var e : v1.entrySet()) {
            sections.put(e.getKey(), new SectionState(1, json(e.getValue())));
        }
        Project p = new Project("old", null, List.of(), List.of(), sections, List.of(), Map.of(), Map.of(), Map.of());
        Path file = dir.resolve("old.glas");
        ProjectFile.save(p, file, ProjectFile.SaveOptions.DEFAULT);
        return ProjectFile.open(file).project();
    }

    @Test
    void versionOneStatesOfEveryPageAnalysisRead() throws Exception {
        Project p = reopened(Map.of(
                "segment.kmeans", "{\"features\":[\"a\",\"b\"],\"drop_ids\":true,\"impute\":\"median\","
                        + "\"scale\":\"zscore\",\"k_min\":2,\"k_max\":6,\"restarts\":3,\"seed\":7,\"k\":3,"
                        + "\"cluster_names\":{\"0\":\"A\"}}",
                "segment.rfm", "{\"customer\":\"c\",\"date\":\"d\",\"amount\":\"m\",\"invoice\":null,\"as_of\":null}",
                "churn.lab", "{\"target\":\"Churn\",\"positive\":\"Yes\",\"features\":[],\"drop\":[\"id\"],"
                        + "\"models\":[\"gbm\"],\"folds\":5,\"seed\":42,\"tune_seconds\":0,\"threshold\":0.4}",
                "behavior", "{\"user\":\"u\",\"time\":\"t\",\"event\":\"e\",\"zone\":\"UTC\",\"churn_events\":[]}",
                "text", "{\"text_column\":\"text\",\"label_column\":\"label\",\"folds\":5,\"themes_k_min\":0,"
                        + "\"themes_k_max\":0,\"seed\":42}"));

        SegmentAnalysis.State seg = p.get(SegmentAnalysis.INSTANCE).orElseThrow();
        assertNull(seg.steps(), "v1: the drop-ids/impute/scale recipe");
        assertEquals(3, seg.k());
        assertEquals(Map.of(0, "A"), seg.clusterNames());

        RfmAnalysis.State rfm = p.get(RfmAnalysis.INSTANCE).orElseThrow();
        assertNull(rfm.clusters(), "no customer clusters before schema 2");

        ChurnAnalysis.State churn = p.get(ChurnAnalysis.INSTANCE).orElseThrow();
        assertEquals(0.4, churn.threshold());
        assertNull(churn.steps());
        assertNull(churn.costMissed());
        assertEquals(List.of("id"), churn.drop());

        BehaviorAnalysis.State beh = p.get(BehaviorAnalysis.INSTANCE).orElseThrow();
        assertNull(beh.socdemSourceId());
        assertEquals("u", beh.user());

        TextAnalysis.State text = p.get(TextAnalysis.INSTANCE).orElseThrow();
        assertTrue(text.classified(), "v1 labelled the rows whenever it had a label column");
        assertNull(text.classifier(), "= trained on the label column");
        assertEquals(Map.of(), text.themeNames());
    }

    @Test
    void aTextStateWithoutLabelColumnWasNotClassifiedAndANewerSectionIsRefused() throws Exception {
        Project p = reopened(Map.of("text", "{\"text_column\":\"text\",\"label_column\":null,\"folds\":0,"
                + "\"themes_k_min\":3,\"themes_k_max\":5,\"seed\":1}"));
        assertFalse(p.get(TextAnalysis.INSTANCE).orElseThrow().classified());

        Map<String, SectionState> newer = new LinkedHashMap<>(p.sections());
        newer.put("text", new SectionState(TextAnalysis.INSTANCE.schemaVersion() + 1, json("{}")));
        Project future = new Project("new", null, List.of(), List.of(), newer, List.of(), Map.of(), Map.of(),
                Map.of());
        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> future.get(TextAnalysis.INSTANCE));
        assertTrue(e.getLocalizedMessage().contains("text"), e.getLocalizedMessage());
    }
}
