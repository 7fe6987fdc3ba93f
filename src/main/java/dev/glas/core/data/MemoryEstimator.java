package dev.glas.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Estimates how much heap reading a file will take and refuses loads that would not fit, with a message that
 * says how much is needed — instead of an OutOfMemoryError half-way through. The factors are deliberately
 * pessimistic (measured on the shared datasets, see README section "project"): text is parsed into columns
 * of strings or numbers, and the readers hold a chunk of raw text while inferring types.
 */
public final class MemoryEstimator {

    /** Heap per byte of CSV/TSV/JSON text (column storage + parse buffers). */
    static final double TEXT_FACTOR = 4.0;
    /** Heap per byte of uncompressed sheet XML of an .xlsx (XML markup is several times the values). */
    static final double XLSX_XML_FACTOR = 1.0;
    /** Heap per byte of an .xls file (HSSF loads the whole workbook). */
    static final double XLS_FACTOR = 8.0;
    /** Fixed overhead of a load. */
    static final long BASE_BYTES = 32L << 20;
    /** Keep this share of the free heap for the UI and the analyses. */
    static final double USABLE_SHARE = 0.8;

    /**
     * @param fileBytes      size of the file on disk
     * @param contentBytes   size of the content to parse (uncompressed sheet XML for .xlsx)
     * @param estimatedBytes heap the load is expected to need
     * @param availableBytes heap that can be used for it now
     */
    public record Estimate(long fileBytes, long contentBytes, long estimatedBytes, long availableBytes) {
        public boolean fits() {
            return estimatedBytes <= availableBytes;
        }

        public long neededMb() {
            return (estimatedBytes + (1 << 20) - 1) >> 20;
        }

        public long availableMb() {
            return availableBytes >> 20;
        }
    }

    private MemoryEstimator() {
    }

    /** Heap the JVM can still give to a new load (max heap minus what is in use, times the usable share). */
    public static long availableHeap() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return (long) ((rt.maxMemory() - used) * USABLE_SHARE);
    }

    public static Estimate estimate(Path file, ImportSettings settings) throws IOException {
        return estimate(file, settings, availableHeap());
    }

    public static Estimate estimate(Path file, ImportSettings settings, long availableBytes) throws IOException {
        long size = Files.size(file);
        FileFormat format = settings != null ? settings.format() : FileFormat.fromFileName(file);
        long content = size;
        double factor;
        switch (format) {
            case XLSX -> {
                content = sheetXmlBytes(file, size);
                factor = XLSX_XML_FACTOR;
            }
            case XLS -> factor = XLS_FACTOR;
            default -> factor = TEXT_FACTOR;
        }
        long estimated = BASE_BYTES + (long) Math.min(Long.MAX_VALUE / 2.0, content * factor);
        return new Estimate(size, content, estimated, availableBytes);
    }

    /**
     * Throws a localized {@link DataFormatException} when the file would not fit in the heap that is free now;
     * the message says how many megabytes are needed and how many are free.
     */
    public static void check(Path file, ImportSettings settings) throws IOException, DataFormatException {
        check(file, settings, availableHeap());
    }

    public static void check(Path file, ImportSettings settings, long availableBytes)
            throws IOException, DataFormatException {
        Estimate e = estimate(file, settings, availableBytes);
        if (!e.fits() && availableBytes == availableHeap()) {
            // the free-heap figure may be stale: let the collector run once before refusing
            System.gc();
            e = estimate(file, settings, availableHeap());
        }
        if (!e.fits()) {
            long maxMb = Runtime.getRuntime().maxMemory() >> 20;
            long suggestGb = Math.max(2, (long) Math.ceil((maxMb + e.neededMb()) / 1024.0) + 1);
            throw new DataFormatException("project.memory.too.big", file.getFileName().toString(), e.neededMb(),
                    e.availableMb(), String.format(Locale.ROOT, "-Xmx%dg", suggestGb));
        }
    }

    /** Sum of the uncompressed sizes of the worksheets (from the zip directory; no inflating). */
    static long sheetXmlBytes(Path file, long fallback) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            boolean found = false;
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                String n = e.getName();
                if (n.startsWith("xl/worksheets/") || n.equals("xl/sharedStrings.xml")) {
                    long s = e.getSize();
                    if (s > 0) {
                        total += s;
                        found = true;
                    }
                }
            }
            return found ? total : fallback;
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }
}
