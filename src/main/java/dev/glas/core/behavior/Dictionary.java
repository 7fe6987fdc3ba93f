package dev.glas.core.behavior;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Dictionary encoding of strings given as UTF-8 byte ranges (no String per row): an open-addressing hash
 * table over a byte pool. Codes are 0.. in order of first appearance.
 */
final class Dictionary {

    private byte[] pool = new byte[1 << 16];
    private int poolSize;
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int[] hashes = new int[1024];
    private int[] table = new int[2048];
    private int size;

    Dictionary() {
        Arrays.fill(table, -1);
    }

    int size() {
        return size;
    }

    int code(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return code(b, 0, b.length);
    }

    /** The code of the byte range, adding it when new. */
    int code(byte[] b, int off, int len) {
        int h = 1;
        for (int i = off, end = off + len; i < end; i++) {
            h = 31 * h + b[i];
        }
        h ^= h >>> 16;
        int mask = table.length - 1;
        int slot = h & mask;
        while (true) {
            int c = table[slot];
            if (c < 0) {
                break;
            }
            if (hashes[c] == h && lengths[c] == len
                    && Arrays.equals(pool, starts[c], starts[c] + len, b, off, off + len)) {
                return c;
            }
            slot = (slot + 1) & mask;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        while (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, pool.length * 2);
        }
        System.arraycopy(b, off, pool, poolSize, len);
        starts[size] = poolSize;
        lengths[size] = len;
        hashes[size] = h;
        poolSize += len;
        table[slot] = size;
        size++;
        if (size * 2 > table.length) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        Arrays.fill(t, -1);
        int mask = t.length - 1;
        for (int c = 0; c < size; c++) {
            int slot = hashes[c] & mask;
            while (t[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            t[slot] = c;
        }
        table = t;
    }

    String[] names() {
        String[] out = new String[size];
        for (int c = 0; c < size; c++) {
            out[c] = new String(pool, starts[c], lengths[c], StandardCharsets.UTF_8);
        }
        return out;
    }
}
