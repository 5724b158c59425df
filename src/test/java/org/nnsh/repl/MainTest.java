package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void aDashReadsTheScriptFromStandardInput() throws Exception {
        Run run = inProcess("System.out.println(1 + 1);\nSystem.out.println(args[0]);\nint x = \"no\";\n"
                .getBytes(StandardCharsets.UTF_8), "-", "arg");
        assertEquals("2\narg\n", run.out());
        assertTrue(run.err().startsWith("<stdin>:3: error: incompatible types"), run.err());
        assertEquals(1, run.code());
    }

    @Test
    void standardInputThatIsNotUtf8IsRefusedAsAFileIs() throws Exception {
        // Latin-1 "café" became "caf\uFFFD" without a word, where the same bytes in a file are "not UTF-8 text"
        Run run = inProcess("System.out.println(1);\nSystem.out.println(\"caf\u00e9\");\n"
                .getBytes(StandardCharsets.ISO_8859_1), "-");
        // decoding reads ahead, as for a file: a script this short is refused before its first line runs
        assertEquals("", run.out());
        assertEquals("nnsh: cannot read <stdin>: not UTF-8 text (scripts are read as UTF-8)\n", run.err());
        assertEquals(1, run.code());
    }

    /** Without a terminal (a pipe, as here under the test runner) plain nnsh runs standard input as a script. */
    @Test
    void withoutATerminalTheShellReadsSnippetsAsAScript() throws Exception {
        Run run = inProcess("print(eye(2).sum());\nint x = 1 +\n  \"no\";\nprint(2);\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("2.0\n", run.out());
        assertTrue(run.err().startsWith("<stdin>:2: error: incompatible types"), run.err());
        assertEquals(1, run.code());
    }

    @Test
    void recordExitsAsAPlainRunOfTheScriptDoes() throws Exception {
        // --record of a script that ends with /exit 3 exited 1
        Path script = dir.resolve("three.jsh");
        Files.writeString(script, "System.out.println(1);\n/exit 3\n");
        assertEquals(3, inProcess(new byte[0], script.toString()).code());
        assertEquals(3, inProcess(new byte[0], "--record", script.toString()).code());
        assertEquals("1\n[exit code 3]\n", Files.readString(dir.resolve("three.jsh.out")));
        assertEquals(0, inProcess(new byte[0], "--check", script.toString()).code(), "the transcript matches the run");
    }

    /** System.exit in an in-process snippet ends the JVM, so this one runs nnsh in a child JVM. */
    @Test
    void systemExitInAScriptEndsTheRunWithItsCodeAfterFlushingOutput() throws IOException, InterruptedException {
        Path script = dir.resolve("exit.jsh");
        Files.writeString(script, "System.out.print(\"no newline yet\");\nSystem.exit(3);\nSystem.out.println(\"not reached\");\n");
        Run run = childJvm(script.toString());
        assertEquals("no newline yet", run.out());
        assertEquals(3, run.code());
    }

    /** --check exited 0 here, having compared nothing (System.exit ended the JVM) and skipped later.jsh. */
    @Test
    void systemExitInACheckedScriptIsAnErrorNotAPass() throws IOException, InterruptedException {
        Path script = dir.resolve("exit.jsh");
        Files.writeString(script, "System.out.println(1);\nSystem.exit(0);\n");
        Files.writeString(dir.resolve("exit.jsh.out"), "2\n");
        for (String option : new String[] {"--check", "--record"}) {
            Run run = childJvm(option, script.toString());
            String what = option.equals("--check") ? "compared" : "written";
            assertEquals("nnsh " + option + ": " + script + " called System.exit, which ends nnsh before its transcript is " + what
                    + "; end the script with /exit instead\n", run.out());
            assertEquals(2, run.code());
        }
        assertEquals("2\n", Files.readString(dir.resolve("exit.jsh.out")));
    }

    /** A signal ended the JVM without a word (make and CI logs showed "Error 143" and no line of the script). */
    @Test
    void aSignalStoppingAScriptNamesTheLineItStoppedAndExitsAsTheSignalWould() throws IOException, InterruptedException {
        Path script = dir.resolve("long.jsh");
        Files.writeString(script, "int n = 1;\n{ System.out.println(\"started\"); while (true) { Thread.sleep(10); } }\nSystem.out.println(\"not reached\");\n");
        Process process = childProcess(script.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("started", out.readLine());
        // through the handle: Process.destroy() would close the streams the rest is read from
        process.toHandle().destroy();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child nnsh did not end on SIGTERM");
        assertEquals(script + ":2: stopped here by SIGTERM; the rest of the script was not run\n", rest(out));
        assertEquals(143, process.exitValue());
    }

    /** The JVM ignores SIGPIPE and PrintStream drops the write error: the loop printed to nobody forever. */
    @Test
    void aScriptWhoseOutputIsNoLongerReadEndsAsSigpipeEndsAUnixTool() throws IOException, InterruptedException {
        Path script = dir.resolve("forever.jsh");
        Files.writeString(script, "while (true) { System.out.println(\"line\"); }\n");
        Process process = childProcess(script.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("line", out.readLine());
            out.close();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "nnsh went on printing to a closed pipe");
            assertEquals(141, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void helpAndUnknownOptions() throws Exception {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(new String[] {"--help"}));
            assertEquals(2, Main.run(new String[] {"--frobnicate"}));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        assertEquals(Main.USAGE + "\nnnsh: unknown option --frobnicate\n" + Main.USAGE + "\n",
                out.toString(StandardCharsets.UTF_8));
    }

    /** What a run printed on standard output and standard error, and its exit code. */
    private record Run(String out, String err, int code) {
    }

    /** Main.run in this JVM with {@code stdin} as standard input. */
    private static Run inProcess(byte[] stdin, String... args) throws Exception {
        InputStream savedIn = System.in;
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
        } finally {
            System.setIn(savedIn);
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    /** nnsh in a child JVM, for what System.exit would end: its output and errors together in out. */
    private static Run childJvm(String... args) throws IOException, InterruptedException {
        Process process = childProcess(args);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child nnsh did not finish");
        return new Run(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8), "", process.exitValue());
    }

    /** nnsh started in a child JVM, its output and errors together on its input stream. */
    private static Process childProcess(String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String rest(BufferedReader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            text.append(line).append('\n');
        }
        return text.toString();
    }
}
