package dev.glas.core.data;

import it.unimi.dsi.fastutil.bytes.Byte2IntOpenHashMap;
import it.unimi.dsi.fastutil.bytes.Byte2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ByteOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ShortOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2IntOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2ObjectOpenHashMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;

/**
 * Builds a Tablesaw {@link StringColumn} straight from dictionary codes, exactly as appending the values
 * one by one would (same key ranges, missing key and counts), but without hashing every row: the readers
 * already know the distinct values and each row's code.
 */
final class StringColumns {

    private StringColumns() {
    }

    /**
     * @param values distinct non-missing values, by code
     * @param counts occurrences of each code
     * @param codes  code of every row, -1 for missing
     */
    static StringColumn create(String name, String[] values, int[] counts, int[] codes) {
        int d = values.length;
        int n = codes.length;
        int missing = 0;
        for (int c : codes) {
            if (c < 0) {
                missing++;
            }
        }
        DictionaryMap dict;
        if (d <= 254) {
            // keys -127..126 as ByteDictionaryMap hands them out; 127 = missing, -128 = "no key"
            byte[] keys = new byte[n];
            for (int i = 0; i < n; i++) {
                keys[i] = codes[i] < 0 ? (byte) 127 : (byte) (-127 + codes[i]);
            }
            Byte2ObjectOpenHashMap<String> keyToValue = new Byte2ObjectOpenHashMap<>(d + 1);
            Object2ByteOpenHashMap<String> valueToKey = new Object2ByteOpenHashMap<>(d + 1);
            valueToKey.defaultReturnValue((byte) -128);
            Byte2IntOpenHashMap keyToCount = new Byte2IntOpenHashMap(d + 1);
            keyToCount.defaultReturnValue(0);
            for (int id = 0; id < d; id++) {
                byte k = (byte) (-127 + id);
                keyToValue.put(k, values[id]);
                valueToKey.put(values[id], k);
                keyToCount.put(k, counts[id]);
            }
            if (missing > 0) {
                keyToValue.put((byte) 127, "");
                valueToKey.put("", (byte) 127);
                keyToCount.put((byte) 127, missing);
            }
            dict = new ByteDictionaryMap.ByteDictionaryBuilder().setNextIndex(-128 + d).setKeyToValue(keyToValue)
                    .setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(keys).build();
        } else if (d <= 65534) {
            short[] keys = new short[n];
            for (int i = 0; i < n; i++) {
                keys[i] = codes[i] < 0 ? Short.MAX_VALUE : (short) (-32767 + codes[i]);
            }
            Short2ObjectOpenHashMap<String> keyToValue = new Short2ObjectOpenHashMap<>(d + 1);
            Object2ShortOpenHashMap<String> valueToKey = new Object2ShortOpenHashMap<>(d + 1);
            valueToKey.defaultReturnValue(Short.MIN_VALUE);
            Short2IntOpenHashMap keyToCount = new Short2IntOpenHashMap(d + 1);
            keyToCount.defaultReturnValue(0);
            for (int id = 0; id < d; id++) {
                short k = (short) (-32767 + id);
                keyToValue.put(k, values[id]);
                valueToKey.put(values[id], k);
                keyToCount.put(k, counts[id]);
            }
            if (missing > 0) {
                keyToValue.put(Short.MAX_VALUE, "");
                valueToKey.put("", Short.MAX_VALUE);
                keyToCount.put(Short.MAX_VALUE, missing);
            }
            dict = new ShortDictionaryMap.ShortDictionaryBuilder().setNextIndex(-32768 + d).setKeyToValue(keyToValue)
                    .setValueToKey(valueToKey).setKeyToCount(keyToCount).setCanPromoteToText(true)
                    .setValues(keys).build();
        } else {
            int[] keys = new int[n];
            for (int i = 0; i < n; i++) {
                keys[i] = codes[i] < 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE + 1 + codes[i];
            }
            Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>(d + 1);
            Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>(d + 1);
            valueToKey.defaultReturnValue(Integer.MIN_VALUE);
            Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap(d + 1);
            keyToCount.defaultReturnValue(0);
            for (int id = 0; id < d; id++) {
                int k = Integer.MIN_VALUE + 1 + id;
                keyToValue.put(k, values[id]);
                valueToKey.put(values[id], k);
                keyToCount.put(k, counts[id]);
            }
            if (missing > 0) {
                keyToValue.put(Integer.MAX_VALUE, "");
                valueToKey.put("", Integer.MAX_VALUE);
                keyToCount.put(Integer.MAX_VALUE, missing);
            }
            dict = new IntDictionaryMap.IntDictionaryBuilder().setNextIndex(Integer.MIN_VALUE + d)
                    .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(keys)
                    .build();
        }
        return StringColumn.createInternal(name, dict);
    }
}
