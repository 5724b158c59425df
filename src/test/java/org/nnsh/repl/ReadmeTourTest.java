package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
        String section = section("## Training");
        String quoted = blockAt(section, section.indexOf("```\nepoch: 0,"));
        assertEachLineIn(quoted, "scripts/examples/spiral.jsh.out", "README's Training section shows '%s', which"
                + " scripts/examples/spiral.jsh no longer prints");
    }

    /** The PNG passage quotes png.jsh and what it prints; the transcript (checked by RepositoryScriptsTest) must hold both. */
    @Test
    void readmeQuotesThePngScriptAndItsOutput() throws Exception {
        String section = section("- **PNG images**");
        int codeFence = section.indexOf("```java\n");
        String code = blockAt(section, codeFence);
        assertEachLineIn(code, "scripts/examples/png.jsh", "README's PNG passage shows '%s', which"
                + " scripts/examples/png.jsh does not hold");
        int codeEnd = section.indexOf("```", codeFence + 3);
        String shown = blockAt(section, section.indexOf("```\n", codeEnd + 3));
        assertTrue(shown.strip().split("\n").length >= 3, shown);
        assertEachLineIn(shown, "scripts/examples/png.jsh.out", "README's PNG passage shows '%s', which"
                + " scripts/examples/png.jsh no longer prints");
    }

    /**
     * "Where the code is" names a package's classes and the file to start reading at: each must be a
     * file of that package (a class name in backticks, a resource such as docs.md; a function such as
     * {@code print} aside), so that the map moves with the code.
     */
    @Test
    void readmePackageTableNamesFilesThatExist() throws Exception {
        String section = section("## Where the code is");
        List<String> missing = new ArrayList<>();
        int rows = 0;
        for (String row : section.lines().filter(l -> l.startsWith("| ")).collect(Collectors.toList())) {
            String[] cells = row.split("\\|");
            String name = cells[1].strip().replace("`", "");
            if (name.equals("package") || name.startsWith("---")) {
                continue;
            }
            rows++;
            String pkg = name.equals("(top)") ? "org/nnsh" : "org/nnsh/" + name;
            Matcher named = Pattern.compile("`([A-Z]\\w*|\\w+\\.\\w+)`").matcher(cells[2] + " " + cells[3]);
            while (named.find()) {
                String file = named.group(1).contains(".") ? named.group(1) : named.group(1) + ".java";
                if (!Files.exists(Path.of("src/main/java", pkg, file)) && !Files.exists(Path.of("src/main/resources", pkg, file))) {
                    missing.add(name + ": " + file);
                }
            }
        }
        assertTrue(rows >= 7, section);
        assertEquals(List.of(), missing, "README's 'Where the code is' names files that are not there");
    }

    /** The README from {@code heading} on. */
    private static String section(String heading) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        return readme.substring(readme.indexOf(heading));
    }

    /** The text inside the fenced block whose opening fence starts at {@code fence}. */
    private static String blockAt(String text, int fence) {
        int start = text.indexOf('\n', fence) + 1;
        return text.substring(start, text.indexOf("```", start));
    }

    /** Every line of {@code quoted} but blank ones and an elision (…) is a line of {@code file}, indentation aside. */
    private static void assertEachLineIn(String quoted, String file, String message) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(file)).stream().map(String::strip).collect(Collectors.toList());
        for (String line : quoted.strip().split("\n")) {
            String text = line.strip();
            assertTrue(text.isEmpty() || text.equals("…") || lines.contains(text), String.format(message, text));
        }
    }
}
