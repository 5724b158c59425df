package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The README's tour shows the script and what it prints today: both must stay true. */
class ReadmeTourTest {
    @Test
    void readmeShowsTheTourScriptAndItsRealOutput() throws Exception {
        Path script = Path.of("scripts/examples/tour.jsh");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ScriptRunner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(script, List.of());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(Files.readString(script).strip()), "README must show scripts/examples/tour.jsh as it is");
        assertTrue(readme.contains(out.toString(StandardCharsets.UTF_8).strip()),
                "README must show what the tour prints today:\n" + out.toString(StandardCharsets.UTF_8));
    }

    /**
     * The Training section quotes spiral.jsh's lines; its transcript (checked against a run by
     * RepositoryScriptsTest) must hold them.
     */
    @Test
    void readmeQuotesTheSpiralRunAsItsTranscriptRecordsIt() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Training"));
        String quoted = section.substring(section.indexOf("```\nepoch: 0,") + 4);
        quoted = quoted.substring(0, quoted.indexOf("```"));
        List<String> transcript = Files.readAllLines(Path.of("scripts/examples/spiral.jsh.out"));
        for (String line : quoted.strip().split("\n")) {
            assertTrue(line.equals("…") || transcript.contains(line), "README's Training section shows '" + line
                    + "', which scripts/examples/spiral.jsh no longer prints");
        }
    }

    /** The PNG passage quotes png.jsh and what it prints; the transcript (checked by RepositoryScriptsTest) must hold both. */
    @Test
    void readmeQuotesThePngScriptAndItsOutput() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("- **PNG images**"));
        String code = section.substring(section.indexOf("```java\n") + 8);
        code = code.substring(0, code.indexOf("```"));
        List<String> script = Files.readAllLines(Path.of("scripts/examples/png.jsh"));
        for (String line : code.strip().split("\n")) {
            assertTrue(line.isBlank() || script.contains(line.strip()), "README's PNG passage shows '" + line.strip()
                    + "', which scripts/examples/png.jsh does not hold");
        }
        String shown = section.substring(section.indexOf("```\n", section.indexOf("```java\n") + 8 + code.length() + 3) + 4);
        shown = shown.substring(0, shown.indexOf("```"));
        List<String> transcript = Files.readAllLines(Path.of("scripts/examples/png.jsh.out"));
        assertTrue(shown.strip().split("\n").length >= 3, shown);
        for (String line : shown.strip().split("\n")) {
            assertTrue(transcript.contains(line.strip()), "README's PNG passage shows '" + line.strip()
                    + "', which scripts/examples/png.jsh no longer prints");
        }
    }
}
