package dev.glas;

import dev.glas.cli.GlasCli;
import dev.glas.ui.GlasApp;

/**
 * Entry point. Without arguments it opens the workbench window; with arguments it runs the command line.
 * Deliberately not a {@code javafx.application.Application} subclass, so that the CLI never starts the toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("ai.djl.offline", "true");
        if (args.length == 0) {
            GlasApp.start(args);
        } else {
            System.exit(GlasCli.run(args));
        }
    }
}
