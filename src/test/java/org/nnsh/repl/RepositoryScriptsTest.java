package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every script shipped in scripts/ runs through the script runner to the end and prints its recorded transcript. */
class RepositoryScriptsTest {
    static List<Path> scripts() throws IOException {
        // Maven runs tests from the project root
        try (Stream<Path> files = Files.walk(Path.of("scripts"))) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".jsh")).sorted().collect(Collectors.toList());
            assertTrue(found.contains(Path.of("scripts", "examples", "hello.jsh")), "scripts/ not found from " + Path.of("").toAbsolutePath());
            return found;
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void runsToTheEndAndPrintsItsTranscript(Path script) throws IOException {
        Path transcript = Transcript.of(script);
        assertTrue(Files.isRegularFile(transcript),
                script + " has no transcript " + transcript + "; record one with: scripts/nnsh --record " + script);
        Transcript.Run run = Transcript.run(script);
        assertEquals(0, run.exitCode(), script + " failed:\n" + run.text());
        String recorded = Files.readString(transcript, StandardCharsets.UTF_8);
        assertEquals("", UnifiedDiff.between(transcript.toString(), recorded, script + " (this run)", run.transcript()),
                script + " no longer prints its transcript; if the change is intended: scripts/nnsh --record " + script);
    }
}
