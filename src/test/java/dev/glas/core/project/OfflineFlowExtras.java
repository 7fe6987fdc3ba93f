package dev.glas.core.project;

import java.nio.file.Path;

/** Analyses of areas added to the offline flow as their project adapters land (churn, text). */
final class OfflineFlowExtras {

    private OfflineFlowExtras() {
    }

    static Project addMore(Project p, Path dir) {
        return p;
    }
}
