package io.github.classgraph;

import java.util.List;

/** Class names found by {@link ScanResult}. */
public class ClassInfoList {

    private final List<String> names;

    ClassInfoList(List<String> names) {
        this.names = names;
    }

    public List<String> getNames() {
        return names;
    }
}
