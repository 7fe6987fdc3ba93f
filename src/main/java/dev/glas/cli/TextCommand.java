package dev.glas.cli;

import dev.glas.core.data.DataFormatException;
import dev.glas.core.data.DataImporter;
import dev.glas.core.data.Dataset;
import dev.glas.core.text.FolderTextModel;
import dev.glas.core.text.GlasModelFile;
import dev.glas.core.text.ModelFolder;
import dev.glas.core.text.TextException;
import dev.glas.core.text.TextModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code glas text train|classify|cluster}: Russian text analytics. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Russian text analytics: train and apply classifiers, cluster open answers.",
        subcommands = {TextTrainCommand.class, TextClassifyCommand.class, TextClusterCommand.class})
public final class TextCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Dataset read(Path file) throws IOException, DataFormatException {
        if (!Files.exists(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        return new DataImporter().read(file);
    }

    /** A classification model folder or a saved .glasmodel. */
    static TextModel model(Path path, int batchSize) throws TextException {
        if (Files.isDirectory(path)) {
            ModelFolder f = ModelFolder.inspect(path);
            if (f.task() != ModelFolder.Task.CLASSIFICATION) {
                throw new TextException("text.error.not.classifier", path);
            }
            return new FolderTextModel(f, ModelFolder.Backend.AUTO, batchSize);
        }
        return GlasModelFile.load(path);
    }
}
