package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code nnsh -} fed by a writer that waits for what a snippet prints before it sends the next line. */
class PipedScriptTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aSnippetRunsWithoutWaitingForTheNextLineToArrive() throws Exception {
        // a bare expression waited for the next line (a chain might go on there), so print("a") showed
        // nothing until its writer, which waited for the "a", sent more
        try (PipedWriter writer = new PipedWriter(); PipedReader reader = new PipedReader(writer)) {
            CompletableFuture<Integer> run = runInBackground(reader);
            writer.write("print(\"a\")\n");
            writer.flush();
            awaitOutput("a\n");
            writer.write("print(\"b\")\nnet()\n.dense(2, 3)\n");
            writer.close();
            assertEquals(0, run.get(60, TimeUnit.SECONDS), err.toString(StandardCharsets.UTF_8));
            assertEquals("a\nb\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    private CompletableFuture<Integer> runInBackground(PipedReader reader) {
        ScriptRunner runner = new ScriptRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> runner.runPiped(ScriptRunner.STDIN_NAME, reader, List.of()));
    }

    private void awaitOutput(String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!out.toString(StandardCharsets.UTF_8).equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).equals(expected),
                "printed before the next line was sent: " + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }
}
