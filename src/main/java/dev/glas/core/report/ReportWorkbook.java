package dev.glas.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * POI's streaming workbook with two changes for large reports: a sheet can have its rows written straight
 * into the saved zip ({@link #stream}) instead of through row objects and a temporary file, and the zip is
 * deflated at a fast level (level 1 costs about a third of the default's time on spreadsheet XML for a file
 * about a fifth larger).
 */
final class ReportWorkbook extends SXSSFWorkbook {

    /** Writes a sheet's {@code <row>} elements to the stream it is given (and leaves it open). */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private final Map<SXSSFSheet, Body> bodies = new IdentityHashMap<>();
    private final int level;

    ReportWorkbook(int window, int level) {
        super(window);
        this.level = level;
    }

    ReportWorkbook(int window) {
        this(window, Deflater.BEST_SPEED);
    }

    /** The sheet's rows are written by {@code body} when the workbook is saved (it must have no rows itself). */
    void stream(SXSSFSheet sheet, Body body) {
        bodies.put(sheet, body);
    }

    @Override
    protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
        Body body = bodies.get(sheet);
        return body == null ? super.createSheetInjector(sheet) : out -> pipelined(body, out);
    }

    /**
     * Runs {@code body} on a second thread that hands 64 KB chunks to this one, which deflates them into the
     * zip: producing the XML and compressing it overlap (on one core it costs one thread switch per chunk).
     * An exception of either side stops both and is rethrown here.
     */
    static void pipelined(Body body, OutputStream out) throws IOException {
        java.util.concurrent.BlockingQueue<byte[]> queue = new java.util.concurrent.ArrayBlockingQueue<>(16);
        byte[] end = new byte[0];
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        OutputStream chunks = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                put(java.util.Arrays.copyOfRange(b, off, off + len));
            }

            private void put(byte[] chunk) throws IOException {
                try {
                    while (!queue.offer(chunk, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        if (stop.get()) {
                            throw new IOException("consumer stopped");
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
            }
        };
        Thread producer = Thread.ofPlatform().daemon().name("report-sheet-xml").start(() -> {
            try {
                body.write(chunks);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                while (!stop.get()) {
                    try {
                        if (queue.offer(end, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                            break;
                        }
                    } catch (InterruptedException e) {
                        break;
                    }
                }
            }
        });
        try {
            while (true) {
                byte[] chunk = queue.take();
                if (chunk == end) {
                    break;
                }
                out.write(chunk);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
        } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
        } finally {
            stop.set(true);
            try {
                producer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Throwable t = failure.get();
        switch (t) {
            case null -> {
            }
            case IOException io -> throw io;
            case RuntimeException re -> throw re;
            case Error err -> throw err;
            default -> throw new IOException(t);
        }
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(level);
        return zip;
    }
}
