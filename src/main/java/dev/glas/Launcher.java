package dev.glas;

import dev.glas.cli.GlasCli;
import dev.glas.ui.GlasApp;
import dev.glas.ui.smoke.SmokeRun;

/**
 * Entry point. Without arguments it opens the workbench window; with arguments it runs the command line.
 * Two argument forms open the window too: a single {@code .glas} project file (what the desktop passes when
 * a project is double-clicked, see the installer's file association) and {@code --smoke ...} (the installed
 * app's self-test, {@link dev.glas.ui.smoke.SmokeRun}).
 * Deliberately not a {@code javafx.application.Application} subclass, so that the CLI never starts the toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        dev.glas.core.net.OfflineGuard.install(); // first: nothing may reach the network
        System.setProperty("ai.djl.offline", "true");
        // POI logs through log4j-api; without a provider log4j prints a warning on stdout, which breaks the
        // CLI's "exactly one JSON object on stdout". Its simple logger writes errors to stderr instead.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        if (args.length > 1 && "profile".equals(args[0])) {
            // start-up fast path of the most common CLI call (falls back to the full CLI for other forms)
            Integer code = dev.glas.cli.ProfileCommand.runFast(System.out, System.err, args);
            if (code != null) {
                System.exit(code);
            }
        }
        if (opensWindow(args)) {
            GlasApp.start(args);
        } else {
            System.exit(GlasCli.run(args));
        }
    }

    /** Whether these arguments start the GUI rather than the command line. */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (SmokeRun.requested(java.util.List.of(args))) {
            return true;
        }
        return GlasApp.projectFile(java.util.List.of(args)).isPresent();
    }
}
