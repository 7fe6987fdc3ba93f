package dev.glas.cli;

import dev.glas.core.i18n.LocalizedException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code glas} command line. Each analysis adds a subcommand class here. Commands are thin: parse,
 * call {@code core}, print one JSON object with {@link Json}. Exit codes: 0 success, 2 bad input or usage
 * (message on stderr), 1 internal error.
 */
@Command(name = "glas", mixinStandardHelpOptions = true, versionProvider = GlasCli.Version.class,
        description = "Glas — offline analyst workbench.",
        subcommands = {
            // Each feature registers its commands on its own slot line (keeps merges conflict-free).
            // --- data
            ProfileCommand.class,
            // slot:data
            // --- segment
            SegmentCommand.class,
            SilhouetteCommand.class,
            RfmCommand.class,
            SegmentScoreCommand.class,
            // slot:segment
            // --- churn
            ChurnCommand.class,
            ScoreCommand.class,
            // slot:churn
            // --- behavior
            BehaviorCommand.class,
            GenerateEventsCommand.class,
            // slot:behavior
            // --- text
            TextCommand.class,
            // slot:text
            // --- project and report
            ProjectCommand.class,
            RunCommand.class,
            ReportCommand.class,
            ExportCommand.class,
            // slot:project
            // --- build
            AotTrainingCommand.class,
            // --- end
        })
public final class GlasCli implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI and returns the process exit code (does not call {@code System.exit}). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new GlasCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof LocalizedException le) {
                err.println(le.getLocalizedMessage());
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof java.nio.file.NoSuchFileException nsf) {
                err.println(dev.glas.core.i18n.Messages.get("error.file.not.found", nsf.getFile()));
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof IllegalArgumentException iae && isOptionValidation(iae)) {
                err.println(dev.glas.core.i18n.Messages.get("error.invalid.option", iae.getMessage()));
                return EXIT_BAD_INPUT;
            }
            ex.printStackTrace(err);
            return EXIT_INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return EXIT_BAD_INPUT;
        });
        return cl.execute(args);
    }

    /**
     * Whether an {@link IllegalArgumentException} comes from validating user options: option records check
     * their values in the constructor (STYLE.md), so a bad {@code --gap-minutes -5} surfaces as one thrown by
     * a constructor. Those are bad input (exit 2, one line on stderr), not internal errors with a stack trace.
     */
    static boolean isOptionValidation(IllegalArgumentException e) {
        StackTraceElement[] st = e.getStackTrace();
        return st.length > 0 && "<init>".equals(st[0].getMethodName()) && e.getMessage() != null;
    }

    /** Version from the jar manifest (set by Maven). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Glas " + dev.glas.AppInfo.version()};
        }
    }
}
