package dev.glas.core.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reader of the safetensors format: an 8-byte little-endian header length, a JSON header
 * ({@code name → {dtype, shape, data_offsets}} plus an optional {@code __metadata__}), then the raw
 * little-endian tensor bytes. Tensors are read lazily from the file.
 */
public final class SafeTensors {

    /** One tensor's entry in the header; offsets are relative to the start of the data section. */
    public record Entry(String name, String dtype, long[] shape, long begin, long end) {
    }

    private static final long MAX_HEADER = 100L * 1024 * 1024;

    private final Path file;
    private final long dataStart;
    private final Map<String, Entry> entries;

    private SafeTensors(Path file, long dataStart, Map<String, Entry> entries) {
        this.file = file;
        this.dataStart = dataStart;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** Reads and checks the header. */
    public static SafeTensors open(Path file) throws TextException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long fileSize = ch.size();
            ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, lenBuf, 0);
            long headerLen = lenBuf.flip().getLong();
            if (headerLen <= 0 || headerLen > MAX_HEADER || 8 + headerLen > fileSize) {
                throw new TextException("text.model.error.safetensors", file, "header length " + headerLen);
            }
            ByteBuffer hb = ByteBuffer.allocate((int) headerLen);
            readFully(ch, hb, 8);
            JsonNode header = new ObjectMapper().readTree(new String(hb.array(), StandardCharsets.UTF_8));
            long dataLen = fileSize - 8 - headerLen;
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : header.properties()) {
                if (e.getKey().equals("__metadata__")) {
                    continue;
                }
                JsonNode v = e.getValue();
                JsonNode shapeNode = v.path("shape");
                long[] shape = new long[shapeNode.size()];
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = shapeNode.get(i).asLong();
                }
                long begin = v.path("data_offsets").path(0).asLong(-1);
                long end = v.path("data_offsets").path(1).asLong(-1);
                String dtype = v.path("dtype").asText();
                long expected = new Shape(shape).size() * bytesPer(dtype);
                if (begin < 0 || end > dataLen || end - begin != expected) {
                    throw new TextException("text.model.error.safetensors", file, "tensor " + e.getKey());
                }
                entries.put(e.getKey(), new Entry(e.getKey(), dtype, shape, begin, end));
            }
            return new SafeTensors(file, 8 + headerLen, entries);
        } catch (IOException e) {
            throw new TextException(e, "text.model.error.safetensors", file, String.valueOf(e.getMessage()));
        }
    }

    public Set<String> names() {
        return entries.keySet();
    }

    public Entry entry(String name) {
        return entries.get(name);
    }

    /** Reads one tensor as a float32 NDArray (F32, F16, BF16, F64 are converted). */
    public NDArray read(NDManager manager, String name) throws TextException {
        Entry e = entries.get(name);
        if (e == null) {
            throw new TextException("text.model.error.tensor", file, name);
        }
        ByteBuffer buf = ByteBuffer.allocateDirect((int) (e.end - e.begin)).order(ByteOrder.nativeOrder());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer tmp = ByteBuffer.allocate(buf.capacity());
            readFully(ch, tmp, dataStart + e.begin);
            tmp.flip().order(ByteOrder.LITTLE_ENDIAN);
            Shape shape = new Shape(e.shape);
            switch (e.dtype) {
                case "F32" -> {
                    buf.asFloatBuffer().put(tmp.asFloatBuffer());
                    return manager.create(buf.asFloatBuffer(), shape, DataType.FLOAT32);
                }
                case "F64" -> {
                    buf.asDoubleBuffer().put(tmp.asDoubleBuffer());
                    return manager.create(buf.asDoubleBuffer(), shape, DataType.FLOAT64).toType(DataType.FLOAT32, false);
                }
                case "F16", "BF16" -> {
                    // Convert to float32 here: exact for both formats, and independent of engine support.
                    int n = (int) shape.size();
                    ByteBuffer out = ByteBuffer.allocateDirect(n * 4).order(ByteOrder.nativeOrder());
                    var fb = out.asFloatBuffer();
                    var sb = tmp.asShortBuffer();
                    boolean bf = e.dtype.equals("BF16");
                    for (int i = 0; i < n; i++) {
                        short s = sb.get(i);
                        fb.put(i, bf ? Float.intBitsToFloat((s & 0xffff) << 16) : Float.float16ToFloat(s));
                    }
                    return manager.create(out.asFloatBuffer(), shape, DataType.FLOAT32);
                }
                default -> throw new TextException("text.model.error.dtype", file, name, e.dtype);
            }
        } catch (IOException ex) {
            throw new TextException(ex, "text.model.error.safetensors", file, String.valueOf(ex.getMessage()));
        }
    }

    private static int bytesPer(String dtype) {
        return switch (dtype) {
            case "F64", "I64", "U64" -> 8;
            case "F32", "I32", "U32" -> 4;
            case "F16", "BF16", "I16", "U16" -> 2;
            case "I8", "U8", "BOOL", "F8_E4M3", "F8_E5M2" -> 1;
            default -> 1;
        };
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long pos = position;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
            pos += n;
        }
    }
}
