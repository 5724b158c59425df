package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranscriptTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Transcript transcript = new Transcript(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void recordWritesWhatTheScriptPrintsNextToIt() throws IOException {
        Path lesson = lesson("print(vector(1, 2).times(3));\nSystem.out.println(\"done\");\n");
        assertEquals(0, transcript.record(lesson));
        assertEquals("[3. 6.]\ndone\n", Files.readString(dir.resolve("lesson.jsh.out")));
        assertEquals("nnsh: recorded " + dir.resolve("lesson.jsh.out") + " (2 lines)\n", err());
        assertEquals("", out());
    }

    /**
     * The transcript is replaced all at once, as a saved net is, so a write cut short (a full disk)
     * cannot leave half of one over the last good one: a reader that opened the old file still reads
     * it whole, where a write in place truncated it under the reader.
     */
    @Test
    void recordReplacesTheTranscriptAtOnceRatherThanRewritingItInPlace() throws IOException {
        Path lesson = lesson("System.out.println(\"new\");\n");
        Files.writeString(dir.resolve("lesson.jsh.out"), "old\n");
        try (var reader = Files.newBufferedReader(dir.resolve("lesson.jsh.out"))) {
            assertEquals(0, transcript.record(lesson));
            assertEquals("old", reader.readLine());
        }
        assertEquals("new\n", Files.readString(dir.resolve("lesson.jsh.out")));
    }

    @Test
    void aFailureIsRecordedInOrderWithTheOutputAndNamesTheFileOnly() throws IOException {
        Path lesson = lesson("System.out.println(\"before\");\nSystem.err.println(\"warned\");\nint x = \"no\";\n");
        assertEquals(1, transcript.record(lesson));
        assertEquals(String.join("\n",
                "before",
                "warned",
                "lesson.jsh:3: error: incompatible types: java.lang.String cannot be converted to int",
                "int x = \"no\";",
                "        ^",
                "[exit code 1]",
                ""), Files.readString(dir.resolve("lesson.jsh.out")));
        assertEquals("nnsh: recorded " + dir.resolve("lesson.jsh.out") + " (5 lines), but " + lesson
                + " exited 1: the transcript ends with its failure and exit code 1, as --record does\n", err());
    }

    @Test
    void checkPassesWhenTheOutputIsUnchanged() throws IOException {
        Path lesson = lesson("for (int i = 0; i < 3; i++) System.out.println(i);\n");
        transcript.record(lesson);
        err.reset();
        assertEquals(0, transcript.check(lesson));
        assertEquals("", out());
        assertEquals("nnsh: " + lesson + " matches " + dir.resolve("lesson.jsh.out") + "\n", err());
    }

    @Test
    void checkFailsWithAUnifiedDiffWhenTheOutputChanged() throws IOException {
        Path lesson = lesson("for (int i = 0; i < 10; i++) System.out.println(i);\n");
        transcript.record(lesson);
        lesson("for (int i = 0; i < 10; i++) System.out.println(i == 5 ? \"five\" : \"\" + i);\n");
        err.reset();
        assertEquals(1, transcript.check(lesson));
        assertEquals(String.join("\n",
                "--- " + dir.resolve("lesson.jsh.out"),
                "+++ " + lesson + " (this run)",
                "@@ -3,7 +3,7 @@",
                " 2",
                " 3",
                " 4",
                "-5",
                "+five",
                " 6",
                " 7",
                " 8",
                ""), out());
        assertEquals("nnsh: " + lesson + " no longer prints " + dir.resolve("lesson.jsh.out")
                + "; if the change is intended, record it again with: scripts/nnsh --record " + lesson + "\n", err());
    }

    @Test
    void aMissingTranscriptIsAnErrorThatSaysHowToRecordOne() throws IOException {
        Path lesson = lesson("System.out.println(1);\n");
        assertEquals(2, transcript.check(lesson));
        assertEquals("nnsh --check: " + lesson + " has no transcript " + dir.resolve("lesson.jsh.out")
                + "; record one with: scripts/nnsh --record " + lesson + "\n", err());
        assertEquals("", out());
    }

    @Test
    void aMissingScriptIsAnErrorAndRecordsNothing() {
        Path missing = dir.resolve("missing.jsh");
        assertEquals(2, transcript.record(missing));
        assertEquals(2, transcript.check(missing));
        assertEquals("nnsh --record: no script " + missing + "\nnnsh --check: no script " + missing + "\n", err());
        assertEquals(false, Files.exists(dir.resolve("missing.jsh.out")));
    }

    @Test
    void aDirectoryIsNamedAsOne() {
        // said "no script DIR", as if the directory were not there
        assertEquals(2, transcript.check(dir));
        assertEquals("nnsh --check: " + dir + " is a directory; name its scripts, e.g. scripts/nnsh --check " + dir.resolve("*.jsh")
                + "\n", err());
    }

    @Test
    void severalScriptsRecordedGiveTheHighestOfTheirExitCodes() throws IOException {
        Path three = write("three.jsh", "/exit 3\n");
        Path fails = write("fails.jsh", "int x = \"no\";\n");
        Path good = write("good.jsh", "System.out.println(1);\n");
        assertEquals(3, transcript.record(List.of(good, three, fails)));
        assertEquals(1, transcript.record(List.of(fails, good)));
    }

    @Test
    void severalScriptsGiveTheWorstExitCode() throws IOException {
        Path good = write("good.jsh", "System.out.println(1);\n");
        Path bad = write("bad.jsh", "System.out.println(2);\n");
        assertEquals(0, transcript.record(List.of(good, bad)));
        write("bad.jsh", "System.out.println(3);\n");
        assertEquals(1, transcript.check(List.of(good, bad)));
        assertEquals(2, transcript.check(List.of()));
    }

    @Test
    void anExitCodeOfTheScriptsOwnIsNotCalledAFailureAndIsRecordsOwn() throws IOException {
        // said "exited 3: the transcript ends with its failure", though the transcript held no failure;
        // then --record exited 1 where a plain run of the script exits 3
        Path lesson = lesson("System.out.println(1);\n/exit 3\n");
        assertEquals(3, transcript.record(lesson));
        assertEquals("nnsh: recorded " + dir.resolve("lesson.jsh.out") + " (1 line), but " + lesson + " exited 3 (its /exit 3,"
                + " which the transcript records), as --record does\n", err());
        assertEquals("1\n[exit code 3]\n", Files.readString(dir.resolve("lesson.jsh.out")));
    }

    @Test
    void aLessonThatRanToItsEndAndNowFailsIsCaughtByItsExitCode() throws IOException {
        // the failure's message was the only sign of it: recorded with exit 0, a run that now exits 1 passed when they matched
        Path lesson = lesson("System.out.println(\"one\");\n");
        assertEquals(0, transcript.record(lesson));
        lesson("System.out.println(\"one\");\nint x = \"no\";\n");
        err.reset();
        assertEquals(1, transcript.check(lesson));
        assertEquals(String.join("\n",
                "--- " + dir.resolve("lesson.jsh.out"),
                "+++ " + lesson + " (this run)",
                "@@ -1,1 +1,5 @@",
                " one",
                "+lesson.jsh:2: error: incompatible types: java.lang.String cannot be converted to int",
                "+int x = \"no\";",
                "+        ^",
                "+[exit code 1]",
                ""), out());
        assertEquals("nnsh: " + lesson + " no longer ends as " + dir.resolve("lesson.jsh.out") + " recorded: exit code was 0,"
                + " now 1; if the change is intended, record it again with: scripts/nnsh --record " + lesson + "\n", err());
    }

    @Test
    void anExitCodeThatAloneChangedIsCaught() throws IOException {
        // the same output with /exit 3 left out passed --check, though the lesson no longer ended as recorded
        Path lesson = lesson("System.out.println(1);\n/exit 3\n");
        transcript.record(lesson);
        lesson("System.out.println(1);\n");
        err.reset();
        assertEquals(1, transcript.check(lesson));
        assertEquals(String.join("\n",
                "--- " + dir.resolve("lesson.jsh.out"),
                "+++ " + lesson + " (this run)",
                "@@ -1,2 +1,1 @@",
                " 1",
                "-[exit code 3]",
                ""), out());
        assertEquals("nnsh: " + lesson + " no longer ends as " + dir.resolve("lesson.jsh.out") + " recorded: exit code was 3,"
                + " now 0; if the change is intended, record it again with: scripts/nnsh --record " + lesson + "\n", err());
    }

    /** Each script prints the same line, then ends as its name says; a failure adds its message. */
    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource({
        "runs to its end, fails, 0, 1",
        "fails, runs to its end, 1, 0",
        "runs to its end, /exit 3, 0, 3",
        "/exit 3, runs to its end, 3, 0",
        "/exit 3, /exit 4, 3, 4",
        "fails, /exit 1, 1, 1",
        "/exit 3, /exit 3, 3, 3",
        "fails, fails, 1, 1",
    })
    void checkComparesHowTheScriptEnded(String recorded, String now, int recordedCode, int nowCode) throws IOException {
        Path lesson = lesson(ending(recorded));
        assertEquals(recordedCode, transcript.record(lesson));
        assertEquals(recordedCode, ExitCodeLine.recordedIn(Files.readString(dir.resolve("lesson.jsh.out"))));
        lesson(ending(now));
        err.reset();
        String changed = "exit code was " + recordedCode + ", now " + nowCode;
        if (recorded.equals(now)) {
            assertEquals(0, transcript.check(lesson));
            assertEquals("nnsh: " + lesson + " matches " + dir.resolve("lesson.jsh.out") + "\n", err());
        } else {
            assertEquals(1, transcript.check(lesson));
            assertEquals(recordedCode != nowCode, err().contains(changed), err());
        }
    }

    private static String ending(String how) {
        String start = "System.out.println(\"same\");\n";
        switch (how) {
            case "runs to its end":
                return start;
            case "fails":
                return start + "Integer.parseInt(\"x\");\n";
            default:
                return start + how + "\n";
        }
    }

    @Test
    void outputThatReadsAsAnExitCodeLineIsNotTakenForOne() throws IOException {
        Path lesson = lesson("System.out.println(\"[exit code 1]\");\n");
        assertEquals(0, transcript.record(lesson));
        String recorded = Files.readString(dir.resolve("lesson.jsh.out"));
        assertEquals("[exit code 1]\n[exit code 0]\n", recorded);
        assertEquals(0, ExitCodeLine.recordedIn(recorded));
        assertEquals(0, transcript.check(lesson));
        lesson("System.out.println(\"[exit code 1]\");\n/exit 1\n");
        assertEquals(1, transcript.check(lesson));
    }

    @Test
    void theExitCodeLineStartsALineOfItsOwn() throws IOException {
        Path lesson = lesson("System.out.print(\"no newline\");\n/exit 5\n");
        transcript.record(lesson);
        String recorded = Files.readString(dir.resolve("lesson.jsh.out"));
        assertEquals("no newline\n[exit code 5]\n", recorded);
        assertEquals(5, ExitCodeLine.recordedIn(recorded));
        assertEquals(0, transcript.check(lesson));
    }

    @Test
    void onlyTheLastLineEndedByANewlineRecordsAnExitCode() {
        assertEquals(0, ExitCodeLine.recordedIn(""));
        assertEquals(0, ExitCodeLine.recordedIn("[exit code 2]\nmore\n"));
        assertEquals(0, ExitCodeLine.recordedIn("[exit code 2]"));
        assertEquals(0, ExitCodeLine.recordedIn("x[exit code 2]\n"));
        assertEquals(2, ExitCodeLine.recordedIn("[exit code 2]\n"));
        assertEquals(255, ExitCodeLine.recordedIn("a\nb\n[exit code 255]\n"));
        assertEquals("out\n", ExitCodeLine.after("out\n", 0));
        assertEquals("", ExitCodeLine.after("", 0));
        assertEquals("[exit code 1]\n", ExitCodeLine.after("", 1));
        assertEquals("[exit code 2]\n[exit code 0]\n", ExitCodeLine.after("[exit code 2]\n", 0));
    }

    @Test
    void textThatIsNotUtf8IsNamedAsSuch() throws IOException {
        // both said only "Input length = 1", MalformedInputException's message
        Path lesson = dir.resolve("lesson.jsh");
        Files.write(lesson, new byte[] {'1', ';', '\n', (byte) 0xe9, '\n'});
        assertEquals(2, transcript.record(lesson));
        assertEquals("nnsh --record: cannot record " + lesson + " to " + dir.resolve("lesson.jsh.out")
                + ": not UTF-8 text (scripts are read as UTF-8)\n", err());
        err.reset();
        lesson("System.out.println(1);\n");
        Path out = dir.resolve("lesson.jsh.out");
        Files.write(out, new byte[] {(byte) 0xe9, '\n'});
        assertEquals(2, transcript.check(lesson));
        assertEquals("nnsh --check: cannot read the transcript " + out + ": not UTF-8 text; record it again with: scripts/nnsh"
                + " --record " + lesson + "\n", err());
    }

    @Test
    void aGlobThatNamesTranscriptsTooSkipsThem() throws IOException {
        // --record lessons/* ran lesson.jsh.out as a script and wrote lesson.jsh.out.out; --check * then exited 2
        Path lesson = lesson("System.out.println(1);\n");
        Path out = dir.resolve("lesson.jsh.out");
        assertEquals(0, transcript.record(List.of(lesson)));
        assertEquals(0, transcript.record(List.of(lesson, out)));
        assertEquals(0, transcript.check(List.of(lesson, out)));
        assertFalse(Files.exists(dir.resolve("lesson.jsh.out.out")));
        err.reset();
        assertEquals(2, transcript.check(List.of(out)));
        assertEquals("nnsh --check: " + out + " is a transcript, not a script; name its script " + lesson + "\n", err());
    }

    @Test
    void mainRunsRecordAndCheck() throws Exception {
        Path lesson = lesson("System.out.println(eye(2));\n");
        assertEquals(0, main("--record", lesson.toString()));
        assertEquals("[[1. 0.]\n [0. 1.]]\n", Files.readString(dir.resolve("lesson.jsh.out")));
        assertEquals(0, main("--check", lesson.toString()));
        Files.writeString(dir.resolve("lesson.jsh.out"), "[[1. 0.]\n [0. 2.]]\n");
        assertEquals(1, main("--check", lesson.toString()));
        assertEquals(2, main("--check"));
    }

    private int main(String... argv) throws Exception {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return Main.run(argv);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    private Path lesson(String text) throws IOException {
        return write("lesson.jsh", text);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
