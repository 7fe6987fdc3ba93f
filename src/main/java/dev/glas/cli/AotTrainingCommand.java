package dev.glas.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code glas aot-training PROFILE_FILE CHURN_FILE} (hidden; run by the build): the training workload of the JDK
 * AOT cache that {@code bin/glas} starts with. It opens and profiles one bundled sample and trains the churn
 * models with gradient boosting on another, so the cache holds the classes these paths load and the method
 * profiles the JIT would otherwise have to collect in the first minutes of a real run. Output is discarded.
 */
@Command(name = "aot-training", hidden = true,
        description = "Training workload for the AOT cache (used by the build).")
public final class AotTrainingCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROFILE_FILE")
    Path profileFile;

    @Parameters(index = "1", paramLabel = "CHURN_FILE", description = "A CSV with a yes/no column 'y'.")
    Path churnFile;

    @Override
    public Integer call() {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        int a = GlasCli.run(none, none, "profile", profileFile.toString(), "--json");
        int b = GlasCli.run(none, none, "churn", churnFile.toString(), "--target", "y", "--positive", "yes",
                "--models", "lr,gbm", "--folds", "3", "--seed", "1", "--json");
        return Math.max(a, b);
    }
}
