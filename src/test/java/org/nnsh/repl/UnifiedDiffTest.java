package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnifiedDiffTest {
    @TempDir
    Path dir;

    @Test
    void aChangeNearTheEndHasNoContextLineBeyondTheFile() {
        assertEquals(String.join("\n",
                "--- a",
                "+++ b",
                "@@ -1,4 +1,4 @@",
                " one",
                " two",
                "-three",
                "+THREE",
                " four",
                ""), UnifiedDiff.between("a", "one\ntwo\nthree\nfour\n", "b", "one\ntwo\nTHREE\nfour\n"));
    }

    @Test
    void aLastLineWithoutANewlineIsMarkedAsDiffMarksIt() {
        assertEquals(String.join("\n",
                "--- a",
                "+++ b",
                "@@ -1,2 +1,2 @@",
                " one",
                "-two",
                "+two",
                "\\ No newline at end of file",
                ""), UnifiedDiff.between("a", "one\ntwo\n", "b", "one\ntwo"));
        assertEquals(String.join("\n",
                "--- a",
                "+++ b",
                "@@ -1,2 +1,2 @@",
                "-one",
                "+ONE",
                " two",
                "\\ No newline at end of file",
                ""), UnifiedDiff.between("a", "one\ntwo", "b", "ONE\ntwo"));
    }

    /** The diff applies with the real {@code patch}, without fuzz, for texts with and without a final newline. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a\\nb\\nc\\nd\\n         | a\\nb\\nC\\nd\\n",
        "a\\nb\\nc\\nd\\n         | a\\nb\\nc\\nd\\ne\\n",
        "a\\nb\\nc\\nd\\n         | a\\nb\\nc\\nd",
        "a\\nb\\nc\\nd            | a\\nB\\nc\\nd",
        "a\\nb\\nc\\nd            | a\\nb\\nc\\nd\\n",
        "1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n | 1\\n2\\nthree\\n4\\n5\\n6\\n7\\neight\\n9\\n",
        "''                     | a\\n",
        "a\\n                   | ''",
    })
    void patchAppliesItCleanly(String before, String after) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/patch")), "needs patch");
        String from = before.replace("\\n", "\n");
        String to = after.replace("\\n", "\n");
        Path file = dir.resolve("t.out");
        Files.writeString(file, from);
        Path diff = dir.resolve("t.diff");
        Files.writeString(diff, UnifiedDiff.between("t.out", from, "t.out", to));
        Process patch = new ProcessBuilder("patch", "--force", "t.out", "t.diff")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String said = new String(patch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(patch.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, patch.exitValue(), said);
        assertFalse(said.contains("fuzz") || said.contains("offset"), said);
        assertEquals(to, Files.readString(file));
    }
}
