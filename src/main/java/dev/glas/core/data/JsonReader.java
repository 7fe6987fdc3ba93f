package dev.glas.core.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.glas.core.task.Cancellation;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON reader (Jackson streaming): a top-level array of objects, or JSON lines (one object per line, or
 * simply objects one after another). Every object is a row; keys become columns in order of first
 * appearance; nested objects are flattened into {@code parent.child} columns; arrays are kept as their
 * compact JSON text; {@code null} is missing. Anything else is a {@link DataFormatException} naming the
 * line and column.
 */
final class JsonReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReader() {
    }

    static RawColumns read(Path file, int maxRecords, Cancellation cancellation)
            throws IOException, DataFormatException {
        RawColumns.Builder b = new RawColumns.Builder();
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (JsonParser p = FACTORY.createParser(file.toFile())) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new DataFormatException("import.error.empty");
            }
            boolean array = t == JsonToken.START_ARRAY;
            if (array) {
                t = p.nextToken();
            }
            int record = 0;
            while (t != null && b.rows() < maxRecords) {
                if (array && t == JsonToken.END_ARRAY) {
                    break;
                }
                record++;
                JsonLocation loc = p.currentTokenLocation();
                if (t != JsonToken.START_OBJECT) {
                    throw new DataFormatException((int) loc.getLineNr(), null, null, "data.error.json.not.object",
                            record, loc.getLineNr());
                }
                b.newRow((int) loc.getLineNr());
                readObject(p, "", b, columns);
                if ((record & 0x3FFF) == 0) {
                    cancellation.check();
                }
                t = p.nextToken();
            }
            if (array && t == null) {
                throw new DataFormatException((int) p.currentLocation().getLineNr(), null, null,
                        "data.error.json", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(),
                        "]");
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            long line = loc == null ? -1 : loc.getLineNr();
            long column = loc == null ? -1 : loc.getColumnNr();
            String msg = e.getOriginalMessage();
            if (msg != null && msg.length() > 160) {
                msg = msg.substring(0, 160) + "…";
            }
            throw new DataFormatException(line, String.valueOf(column), e, "data.error.json", line, column, msg);
        }
        if (b.rows() == 0) {
            throw new DataFormatException("import.error.empty");
        }
        return b.build(columns.keySet().toArray(new String[0]));
    }

    private static void readObject(JsonParser p, String prefix, RawColumns.Builder b, Map<String, Integer> columns)
            throws IOException, DataFormatException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = prefix + p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT) {
                readObject(p, name + ".", b, columns);
                continue;
            }
            String text;
            switch (v) {
                case START_ARRAY -> {
                    StringWriter w = new StringWriter();
                    try (JsonGenerator g = FACTORY.createGenerator(w)) {
                        g.copyCurrentStructure(p);
                    }
                    text = w.toString();
                }
                case VALUE_NULL -> text = null;
                case VALUE_TRUE -> text = "true";
                case VALUE_FALSE -> text = "false";
                default -> text = p.getText();
            }
            Integer col = columns.get(name);
            if (col == null) {
                col = b.addColumn();
                columns.put(name, col);
            }
            if (text != null && !text.isEmpty()) {
                b.set(col, text);
            }
        }
        if (t != JsonToken.END_OBJECT) {
            JsonLocation loc = p.currentTokenLocation();
            throw new DataFormatException(loc.getLineNr(), null, null, "data.error.json", loc.getLineNr(),
                    loc.getColumnNr(), String.valueOf(t));
        }
    }
}
