package dev.glas.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import dev.glas.core.net.OfflineGuard;
import dev.glas.core.task.Cancellation;
import dev.glas.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Models load and run with DJL offline, natives from the bundled jars, and no network attempt. */
class OfflineModelTest {

    @Test
    void runsWithoutNetwork() throws Exception {
        assertEquals("true", System.getProperty("ai.djl.offline"), "surefire and the launchers set ai.djl.offline");
        OfflineGuard.install();
        long refused = OfflineGuard.refusedCount();
        ModelFolder f = ModelFolder.inspect(TestModels.tinyBert());
        for (ModelFolder.Backend b : new ModelFolder.Backend[] {ModelFolder.Backend.TORCHSCRIPT, ModelFolder.Backend.SAFETENSORS}) {
            try (BertEncoder e = BertEncoder.open(f, b)) {
                assertEquals(7, e.encode(TestModels.sentences(), 4, true, Progress.NONE, Cancellation.NEVER).logits().length);
            }
        }
        assertEquals(refused, OfflineGuard.refusedCount(), "no network attempt");
        // the engine is the PyTorch build of the bundled pytorch-native-cpu jar, extracted to the DJL cache
        assertTrue(Engine.getEngine("PyTorch").getVersion().startsWith("2.7.1"), Engine.getEngine("PyTorch").getVersion());
        Path cache = ai.djl.util.Utils.getEngineCacheDir("pytorch");
        try (Stream<Path> s = Files.list(cache)) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().startsWith("2.7.1")), "natives in " + cache);
        }
    }
}
