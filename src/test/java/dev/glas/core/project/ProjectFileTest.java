package dev.glas.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glas.core.data.ColumnType;
import dev.glas.core.data.Dataset;
import dev.glas.core.data.FileFormat;
import dev.glas.core.data.ImportSettings;
import dev.glas.core.data.RowSelection;
import dev.glas.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ProjectFileTest {

    /** A section state as an area would define it. */
    record KOptions(int k, long seed, List<String> columns) {
    }

    static final ProjectSection<KOptions> KMEANS = ProjectSection.of("test.kmeans", 2, KOptions.class);

    @TempDir
    Path dir;
    private Locale saved;

    @BeforeEach
    void english() {
        saved = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(saved);
    }

    private Path csv(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private Project sample(Path data) throws IOException {
        ImportSettings settings = new ImportSettings(FileFormat.CSV, ';', Charset.forName("windows-1251"), true,
                true, null, Map.of("id", ColumnType.IDENTIFIER));
        DataSource src = DataSource.of("source-1", data, settings);
        Dataset ds = dataset();
        return Project.create("Churn Q3")
                .withSource(src)
                .withPreparation(List.of(ProjectJson.toTree(Map.of("step", "impute", "column", "x"))))
                .with(KMEANS, new KOptions(4, 42L, List.of("x", "y")))
                .withSegment(SavedSegment.of("Big spenders", "source-1",
                        new RowSelection(ds, new int[] {1, 2}, "x > 1"), "id"))
                .withClusterNames("test.kmeans", Map.of("0", "Loyal", "1", "Новые"))
                .withChartChoice("segment.projection", "pca")
                .withAttachment("models/churn/best.bin", new byte[] {1, 2, 3, 4});
    }

    private static Dataset dataset() {
        Table t = Table.create("d", StringColumn.create("id", "a", "b", "c"), DoubleColumn.create("x", 1, 2, 3));
        Map<String, ColumnType> types = new LinkedHashMap<>();
        types.put("id", ColumnType.IDENTIFIER);
        types.put("x", ColumnType.NUMERIC);
        return new Dataset("d", t, types, null);
    }

    @Test
    void roundTripKeepsEverything() throws Exception {
        Path data = csv("data.csv", "id;x\na;1\nb;2\nc;3\n");
        Project p = sample(data);
        Path file = dir.resolve("p.glas");
        ProjectFile.save(p, file, ProjectFile.SaveOptions.DEFAULT);

        ProjectFile.Opened opened = ProjectFile.open(file);
        Project q = opened.project();
        assertEquals(ProjectFile.SCHEMA_VERSION, opened.schemaVersion());
        assertEquals("Churn Q3", q.name());
        assertEquals(p.createdAt(), q.createdAt());
        assertTrue(opened.libraries().containsKey("tablesaw"));
        assertTrue(opened.libraries().containsKey("java"));

        DataSource s = q.sources().getFirst();
        assertEquals(data.toAbsolutePath().toString(), s.originalPath());
        assertEquals(Files.size(data), s.size());
        assertEquals(Hashing.sha256(data), s.sha256());
        assertEquals(64, s.sha256().length());
        assertNull(s.embeddedEntry(), "default keeps references only");
        ImportSettings is = s.settings();
        assertEquals(';', is.delimiter());
        assertEquals("windows-1251", is.encoding().name());
        assertTrue(is.decimalComma());
        assertEquals(ColumnType.IDENTIFIER, is.typeOverrides().get("id"));

        assertEquals(new KOptions(4, 42L, List.of("x", "y")), q.get(KMEANS).orElseThrow());
        assertEquals("impute", q.preparation().getFirst().get("step").asText());
        SavedSegment seg = q.segments().getFirst();
        assertArrayEquals(new int[] {1, 2}, seg.rows());
        assertEquals(List.of("b", "c"), seg.keys());
        assertEquals("Новые", q.clusterNames().get("test.kmeans").get("1"));
        assertEquals("pca", q.chartChoices().get("segment.projection"));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, q.attachment("models/churn/best.bin").orElseThrow());

        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertTrue(zip.getEntry("manifest.json") != null);
            assertTrue(zip.getEntry("attachments/models/churn/best.bin") != null);
            assertNull(zip.getEntry("data/source-1/data.csv"));
        }
    }

    @Test
    void sourceChecksDetectChangedAndMissingFilesAndRelocateFixesThem() throws Exception {
        Path data = csv("data.csv", "id;x\na;1\nb;2\nc;3\n");
        Path file = dir.resolve("p.glas");
        ProjectFile.save(sample(data), file, ProjectFile.SaveOptions.DEFAULT);
        Project q = ProjectFile.open(file).project();
        assertTrue(ProjectFile.checkSources(q).getFirst().ok());

        Files.writeString(data, "id;x\na;1\nb;2\nc;4\n");
        SourceCheck changed = ProjectFile.checkSources(q).getFirst();
        assertEquals(SourceCheck.Status.CHANGED, changed.status());
        assertTrue(changed.message().contains("has changed"), changed.message());
        Messages.setLocale(Messages.RUSSIAN);
        assertTrue(changed.message().contains("изменился"), changed.message());
        Messages.setLocale(Locale.ENGLISH);

        Path moved = dir.resolve("moved.csv");
        Files.move(data, moved);
        SourceCheck missing = ProjectFile.checkSources(q).getFirst();
        assertEquals(SourceCheck.Status.MISSING, missing.status());
        assertTrue(missing.message().contains("no longer"), missing.message());

        Project relocated = q.withSource(q.sources().getFirst().relocatedTo(moved));
        assertTrue(ProjectFile.checkSources(relocated).getFirst().ok());
        assertEquals(';', relocated.sources().getFirst().settings().delimiter(), "settings survive relocation");
    }

    @Test
    void embeddedDataSurvivesLossOfTheOriginal() throws Exception {
        String content = "id;x\na;1\nb;2\nc;3\n";
        Path data = csv("data.csv", content);
        Path file = dir.resolve("p.glas");
        ProjectFile.SaveOptions embed = new ProjectFile.SaveOptions(true, true);
        ProjectFile.save(sample(data), file, embed);
        Files.delete(data);

        Project q = ProjectFile.open(file).project();
        DataSource s = q.sources().getFirst();
        assertEquals("data/source-1/data.csv", s.embeddedEntry());
        SourceCheck c = ProjectFile.checkSources(q).getFirst();
        assertEquals(SourceCheck.Status.MISSING, c.status());
        assertTrue(c.embeddedCopyAvailable());
        assertTrue(c.message().contains("copy saved in the project"), c.message());

        // saving again while the original is gone keeps the copy (taken from the previous project file)
        ProjectFile.save(q.withName("again"), file, embed);
        Project again = ProjectFile.open(file).project();
        Path extracted = ProjectFile.extractEmbedded(file, again.sources().getFirst(), dir.resolve("x"));
        assertEquals(content, Files.readString(extracted));
    }

    @Test
    void newerSchemaIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("p.glas");
        ProjectFile.save(Project.create("x"), file, ProjectFile.SaveOptions.DEFAULT);
        Path newer = rewriteManifest(file, m -> {
            m.put("schema_version", 99);
            m.put("app_version", "9.0");
        });
        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> ProjectFile.open(newer));
        assertEquals("project.error.newer", e.key());
        String msg = e.getLocalizedMessage();
        assertTrue(msg.contains("newer version of Glas") && msg.contains("9.0") && msg.contains("99"), msg);
        Messages.setLocale(Messages.RUSSIAN);
        assertTrue(e.getLocalizedMessage().contains("более новой версией"), e.getLocalizedMessage());
    }

    @Test
    void olderUnsupportedSchemaIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("p.glas");
        ProjectFile.save(Project.create("x"), file, ProjectFile.SaveOptions.DEFAULT);
        Path older = rewriteManifest(file, m -> m.put("schema_version", ProjectFile.MIN_SCHEMA_VERSION - 1));
        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> ProjectFile.open(older));
        assertEquals("project.error.older", e.key());
        assertTrue(e.getLocalizedMessage().contains("old project format"), e.getLocalizedMessage());
    }

    @Test
    void minimalManifestOfTheOldestSupportedSchemaOpens() throws Exception {
        // what the first release wrote for an empty project: no sections, segments or entries keys at all
        Path file = dir.resolve("old.glas");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(("{\"format\":\"glas-project\",\"schema_version\":" + ProjectFile.MIN_SCHEMA_VERSION
                    + ",\"name\":\"Old\",\"future_field\":{\"a\":1}}").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Project p = ProjectFile.open(file).project();
        assertEquals("Old", p.name());
        assertTrue(p.sources().isEmpty());
        assertTrue(p.get(KMEANS).isEmpty());
    }

    @Test
    void sectionsFromOlderVersionsAreUpgradedAndFromNewerVersionsRefused() throws Exception {
        // version 1 of the section called the field "clusters"; version 2 calls it "k"
        ProjectSection<KOptions> v1 = ProjectSection.of("test.kmeans", 1, KOptions.class);
        record V1State(int clusters, long seed) {
        }
        ProjectSection<V1State> v1writer = ProjectSection.of("test.kmeans", 1, V1State.class);
        Project old = Project.create("x").with(v1writer, new V1State(5, 7));
        ProjectSection<KOptions> v2 = new ProjectSection<>() {
            @Override
            public String id() {
                return "test.kmeans";
            }

            @Override
            public int schemaVersion() {
                return 2;
            }

            @Override
            public Class<KOptions> stateType() {
                return KOptions.class;
            }

            @Override
            public JsonNode upgrade(JsonNode stored, int storedVersion) {
                ObjectNode n = stored.deepCopy();
                n.set("k", n.remove("clusters"));
                n.putArray("columns");
                return n;
            }
        };
        Path file = dir.resolve("p.glas");
        ProjectFile.save(old, file, ProjectFile.SaveOptions.DEFAULT);
        Project reopened = ProjectFile.open(file).project();
        assertEquals(new KOptions(5, 7, List.of()), reopened.get(v2).orElseThrow());

        Project newer = Project.create("y").with(v2, new KOptions(3, 1, List.of()));
        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> newer.get(v1));
        assertEquals("project.error.section.newer", e.key());
        assertTrue(e.getLocalizedMessage().contains("test.kmeans"));
    }

    @Test
    void junkAndTamperedFilesGiveClearErrors() throws Exception {
        Path junk = dir.resolve("junk.glas");
        Files.write(junk, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> ProjectFile.open(junk));
        assertEquals("project.error.not.project", e.key());

        Path noManifest = dir.resolve("nm.glas");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noManifest))) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write(1);
            zip.closeEntry();
        }
        assertEquals("project.error.not.project",
                assertThrows(ProjectFormatException.class, () -> ProjectFile.open(noManifest)).key());

        Path data = csv("data.csv", "id;x\na;1\n");
        Path file = dir.resolve("p.glas");
        ProjectFile.save(sample(data), file, ProjectFile.SaveOptions.DEFAULT);
        Path tampered = dir.resolve("t.glas");
        try (ZipFile in = new ZipFile(file.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry ze : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(ze.getName()));
                byte[] b = in.getInputStream(ze).readAllBytes();
                if (ze.getName().startsWith("attachments/")) {
                    b[0] ^= 1;
                }
                out.write(b);
                out.closeEntry();
            }
        }
        ProjectFormatException t = assertThrows(ProjectFormatException.class, () -> ProjectFile.open(tampered));
        assertEquals("project.error.entry.damaged", t.key());
        assertTrue(t.getLocalizedMessage().contains("checksum"));
    }

    @Test
    void savingKeepsThePreviousVersionAsBackupAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("p.glas");
        ProjectFile.save(Project.create("first"), file, ProjectFile.SaveOptions.DEFAULT);
        ProjectFile.save(Project.create("second"), file, ProjectFile.SaveOptions.DEFAULT);
        assertEquals("second", ProjectFile.open(file).project().name());
        assertEquals("first", ProjectFile.open(AtomicFiles.backupOf(file)).project().name());
        try (var list = Files.list(dir)) {
            assertFalse(list.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void saverSkipsUnchangedProjects() throws Exception {
        ProjectSaver saver = new ProjectSaver(ProjectFile.SaveOptions.DEFAULT);
        Path file = dir.resolve("p.glas");
        Project p = Project.create("x");
        assertTrue(saver.saveIfChanged(p, file).isPresent());
        assertTrue(saver.saveIfChanged(p, file).isEmpty());
        assertTrue(saver.saveIfChanged(p.withChartChoice("a", "b"), file).isPresent());
    }

    @Test
    void segmentsResolveByKeyWhenRowsMoved() {
        Dataset ds = dataset();
        SavedSegment seg = SavedSegment.of("s", "source-1", new RowSelection(ds, new int[] {0, 2}, "d"), "id");
        Table shuffled = Table.create("d", StringColumn.create("id", "c", "z", "a", "b"),
                DoubleColumn.create("x", 3, 9, 1, 2));
        Dataset moved = new Dataset("d", shuffled, ds.types(), null);
        assertArrayEquals(new int[] {0, 2}, seg.resolve(moved).rows());
        SavedSegment byIndex = SavedSegment.of("s", "source-1", new RowSelection(ds, new int[] {0, 2}, "d"), null);
        assertArrayEquals(new int[] {0, 2}, byIndex.resolve(moved).rows());
    }

    interface ManifestEdit {
        void apply(ObjectNode manifest);
    }

    private Path rewriteManifest(Path file, ManifestEdit edit) throws IOException {
        Path out = dir.resolve("edited-" + file.getFileName());
        try (ZipFile in = new ZipFile(file.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry ze : java.util.Collections.list(in.entries())) {
                byte[] b;
                try (InputStream is = in.getInputStream(ze)) {
                    b = is.readAllBytes();
                }
                if (ze.getName().equals("manifest.json")) {
                    ObjectNode m = (ObjectNode) ProjectJson.mapper().readTree(b);
                    edit.apply(m);
                    b = ProjectJson.mapper().writeValueAsBytes(m);
                }
                zip.putNextEntry(new ZipEntry(ze.getName()));
                zip.write(b);
                zip.closeEntry();
            }
        }
        return out;
    }
}
