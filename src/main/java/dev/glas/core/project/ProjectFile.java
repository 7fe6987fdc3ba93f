package dev.glas.core.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes {@code .glas} project files: a zip with {@code manifest.json} (see {@link Manifest}),
 * binary attachments under {@code attachments/} and, when the analyst chose to embed data, copies of the
 * source files under {@code data/<source id>/}. Saving is crash-safe (see {@link AtomicFiles}).
 */
public final class ProjectFile {

    public static final String FORMAT = "glas-project";
    /** The manifest schema this version writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;
    /** The oldest manifest schema this version still reads (older pre-release formats are refused). */
    public static final int MIN_SCHEMA_VERSION = 1;
    public static final String EXTENSION = ".glas";
    static final String MANIFEST = "manifest.json";
    static final String DATA_DIR = "data/";
    static final String ATTACH_DIR = "attachments/";
    private static final long MAX_MANIFEST_BYTES = 256L << 20;

    /**
     * @param embedData  store copies of the data files in the project (default: references only)
     * @param keepBackup keep the previous version as {@code NAME.bak}
     */
    public record SaveOptions(boolean embedData, boolean keepBackup) {
        public static final SaveOptions DEFAULT = new SaveOptions(false, true);
    }

    /** A project read from disk with what its manifest said about the Glas that wrote it. */
    public record Opened(Project project, Path file, int schemaVersion, String appVersion, String savedAt,
                         Map<String, String> libraries) {
    }

    private ProjectFile() {
    }

    /** Saves atomically; {@code target} is replaced only once the new file is complete on disk. */
    public static void save(Project project, Path target, SaveOptions options) throws IOException {
        Path abs = target.toAbsolutePath();
        AtomicFiles.write(abs, options.keepBackup(), out -> writeZip(project, abs, options, out));
    }

    private static void writeZip(Project project, Path target, SaveOptions options, OutputStream out)
            throws IOException {
        ZipFile previous = null;
        try {
            if (options.embedData() && Files.isRegularFile(target)) {
                try {
                    previous = new ZipFile(target.toFile());
                } catch (IOException e) {
                    previous = null;
                }
            }
            ZipOutputStream zip = new ZipOutputStream(out);
            List<Manifest.Entry> entries = new ArrayList<>();
            List<DataSource> sources = new ArrayList<>();
            // data first: the manifest records what was actually embedded
            for (DataSource s : project.sources()) {
                DataSource stored = s.withEmbeddedEntry(null);
                if (options.embedData()) {
                    String entry = DATA_DIR + s.id() + "/" + safeName(s.name());
                    InputStream src = openEmbeddable(s, previous);
                    if (src != null) {
                        try (InputStream in = src) {
                            entries.add(writeEntry(zip, entry, in));
                        }
                        stored = s.withEmbeddedEntry(entry);
                    }
                }
                sources.add(stored);
            }
            for (Map.Entry<String, byte[]> a : project.attachments().entrySet()) {
                entries.add(writeEntry(zip, ATTACH_DIR + a.getKey(),
                        new java.io.ByteArrayInputStream(a.getValue())));
            }
            Manifest m = new Manifest(FORMAT, SCHEMA_VERSION, Versions.app(), Instant.now().toString(),
                    Versions.libraries(), project.name(), project.createdAt(), sources, project.preparation(),
                    project.sections(), project.segments(), project.clusterNames(), project.chartChoices(), entries);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(ProjectJson.mapper().writeValueAsBytes(m));
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } finally {
            if (previous != null) {
                previous.close();
            }
        }
    }

    /** The file itself when unchanged, else the copy embedded in the previous version, else null. */
    private static InputStream openEmbeddable(DataSource s, ZipFile previous) throws IOException {
        Path p = s.path();
        if (Files.isRegularFile(p) && Files.size(p) == s.size() && Hashing.sha256(p).equalsIgnoreCase(s.sha256())) {
            return Files.newInputStream(p);
        }
        if (previous != null && s.embeddedEntry() != null) {
            ZipEntry e = previous.getEntry(s.embeddedEntry());
            if (e != null) {
                return previous.getInputStream(e);
            }
        }
        return null;
    }

    private static Manifest.Entry writeEntry(ZipOutputStream zip, String name, InputStream in) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest md = Hashing.digest();
        byte[] buf = new byte[1 << 16];
        long size = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            md.update(buf, 0, n);
            zip.write(buf, 0, n);
            size += n;
        }
        zip.closeEntry();
        return new Manifest.Entry(name, size, HexFormat.of().formatHex(md.digest()));
    }

    /** Opens a project, verifying its format version and the integrity of every embedded entry. */
    public static Opened open(Path file) throws IOException, ProjectFormatException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        String fileName = file.getFileName().toString();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ProjectFormatException(e, "project.error.not.project", fileName);
        }
        try (zip) {
            ZipEntry me = zip.getEntry(MANIFEST);
            if (me == null) {
                throw new ProjectFormatException("project.error.not.project", fileName);
            }
            JsonNode root;
            try (InputStream in = zip.getInputStream(me)) {
                byte[] bytes = in.readNBytes((int) Math.min(MAX_MANIFEST_BYTES, Integer.MAX_VALUE - 16));
                root = ProjectJson.mapper().readTree(bytes);
            } catch (JsonProcessingException | ZipException e) {
                throw new ProjectFormatException(e, "project.error.damaged", fileName, String.valueOf(e.getMessage()));
            }
            if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
                throw new ProjectFormatException("project.error.not.project", fileName);
            }
            int version = root.path("schema_version").asInt(-1);
            String app = root.path("app_version").asText("?");
            if (version > SCHEMA_VERSION) {
                throw new ProjectFormatException("project.error.newer", fileName, version, app, SCHEMA_VERSION);
            }
            if (version < MIN_SCHEMA_VERSION) {
                throw new ProjectFormatException("project.error.older", fileName, version, MIN_SCHEMA_VERSION);
            }
            root = upgrade((ObjectNode) root, version);
            Manifest m;
            try {
                m = ProjectJson.mapper().treeToValue(root, Manifest.class);
            } catch (JsonProcessingException | RuntimeException e) {
                throw new ProjectFormatException(e, "project.error.damaged", fileName, String.valueOf(e.getMessage()));
            }
            Map<String, byte[]> attachments = new LinkedHashMap<>();
            List<Manifest.Entry> entries = m.entries() == null ? List.of() : m.entries();
            for (Manifest.Entry e : entries) {
                ZipEntry ze = zip.getEntry(e.name());
                if (ze == null) {
                    throw new ProjectFormatException("project.error.entry.missing", fileName, e.name());
                }
                if (e.name().startsWith(ATTACH_DIR)) {
                    if (e.size() > Integer.MAX_VALUE - 16) {
                        throw new ProjectFormatException("project.error.entry.damaged", fileName, e.name());
                    }
                    byte[] data;
                    try (InputStream in = zip.getInputStream(ze)) {
                        data = in.readNBytes((int) e.size() + 1);
                    }
                    if (data.length != e.size() || !Hashing.sha256(data).equalsIgnoreCase(e.sha256())) {
                        throw new ProjectFormatException("project.error.entry.damaged", fileName, e.name());
                    }
                    attachments.put(e.name().substring(ATTACH_DIR.length()), data);
                }
            }
            Project p;
            try {
                p = new Project(m.name(), m.createdAt(), m.sources(), m.preparation(), m.sections(), m.segments(),
                        m.clusterNames(), m.chartChoices(), attachments);
            } catch (RuntimeException e) {
                throw new ProjectFormatException(e, "project.error.damaged", fileName, String.valueOf(e.getMessage()));
            }
            return new Opened(p, file.toAbsolutePath(), version, app, m.savedAt(),
                    m.libraries() == null ? Map.of() : m.libraries());
        }
    }

    /** Converts a manifest of an older supported schema to the current one (none needed yet: v1 is current). */
    private static JsonNode upgrade(ObjectNode root, int version) {
        return root;
    }

    /** Hashes every source file and says which are unchanged, changed or missing. */
    public static List<SourceCheck> checkSources(Project project) throws IOException {
        List<SourceCheck> list = new ArrayList<>();
        for (DataSource s : project.sources()) {
            list.add(SourceCheck.of(s));
        }
        return list;
    }

    /**
     * Extracts the embedded copy of a source into {@code dir} (verifying its hash) and returns its path.
     *
     * @throws ProjectFormatException when the project has no embedded copy or the copy is damaged
     */
    public static Path extractEmbedded(Path projectFile, DataSource source, Path dir)
            throws IOException, ProjectFormatException {
        if (source.embeddedEntry() == null) {
            throw new ProjectFormatException("project.error.no.embedded", source.name());
        }
        try (ZipFile zip = new ZipFile(projectFile.toFile())) {
            ZipEntry ze = zip.getEntry(source.embeddedEntry());
            if (ze == null) {
                throw new ProjectFormatException("project.error.entry.missing", projectFile.getFileName().toString(),
                        source.embeddedEntry());
            }
            Files.createDirectories(dir);
            Path out = dir.resolve(safeName(source.name()));
            MessageDigest md = Hashing.digest();
            try (InputStream in = new DigestInputStream(zip.getInputStream(ze), md)) {
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!HexFormat.of().formatHex(md.digest()).equalsIgnoreCase(source.sha256())) {
                Files.deleteIfExists(out);
                throw new ProjectFormatException("project.error.entry.damaged", projectFile.getFileName().toString(),
                        source.embeddedEntry());
            }
            return out;
        }
    }

    static String safeName(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (s.isBlank() || s.equals(".") || s.equals("..")) {
            return "data";
        }
        return s;
    }
}
