package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code scripts/nnsh} in a terminal (tmux): what the transcript tests cannot see, such as
 * Tab, Ctrl-C and Ctrl-D from a keyboard. Runs after package, when the launcher finds a fresh jar.
 */
class ShellTerminalIT {
    private static final int START_SECONDS = 60;
    private static final int STEP_SECONDS = 15;

    @TempDir
    Path home;

    @BeforeAll
    static void needsTmux() {
        // CI installs tmux (.ci/run): there a missing tmux must fail, not skip
        assumeTrue(Tmux.installed() || System.getenv("CI") != null, "tmux is not installed");
    }

    private Tmux nnsh() throws IOException, InterruptedException {
        return nnsh(120);
    }

    private Tmux nnsh(int columns) throws IOException, InterruptedException {
        Path launcher = Path.of("scripts", "nnsh").toAbsolutePath();
        Tmux tmux = new Tmux("env " + ShellHome.VARIABLE + "=" + home + " " + launcher, columns);
        tmux.await("prompt", s -> s.endsWith(Shell.PROMPT.strip()), START_SECONDS);
        return tmux;
    }

    @Test
    void tabCompletesShowsSignaturesAndDocTellsMore() throws Exception {
        try (Tmux tmux = nnsh()) {
            tmux.type("var m = eye(2)");
            tmux.send("Enter");
            tmux.await("m's value", s -> s.contains("m ==> Matrix 2×2"), STEP_SECONDS);
            tmux.type("m.argm");
            tmux.send("Tab");
            // argmax() and argmax(axis): the candidates end at the open parenthesis, as any overloaded method's do
            tmux.await("both argmax( and argmin(", s -> s.contains("argmax(") && s.contains("argmin("), STEP_SECONDS);
            tmux.send("C-u");
            tmux.type("softmax(");
            tmux.send("Tab");
            tmux.await("softmax's signature and summary", s -> s.contains("Matrix softmax(Matrix x)\n  "
                    + Docs.find("softmax").orElseThrow().summary()), STEP_SECONDS);
            tmux.send("C-u");
            tmux.type("/doc crossEntropy");
            tmux.send("Enter");
            tmux.await("crossEntropy's doc", s -> s.contains(Docs.find("crossEntropy").orElseThrow().text()), STEP_SECONDS);
        }
    }

    @Test
    void multiLineInputAndCtrlCStopsALoopKeepingTheSession() throws Exception {
        try (Tmux tmux = nnsh()) {
            tmux.type("int n = 0;");
            tmux.send("Enter");
            tmux.type("for (int i = 0; i < 3; i++) {");
            tmux.send("Enter");
            tmux.await("continuation prompt", s -> s.endsWith(Shell.CONTINUATION_PROMPT.strip()), STEP_SECONDS);
            tmux.type("n += i; }");
            tmux.send("Enter");
            // a Ctrl-C before the loop runs (while the snippet before it, or its own compile, still
            // runs) would not stop it: the line printed first says it does
            tmux.type("{ System.out.println(\"looping\"); while (true) {} }");
            tmux.send("Enter");
            tmux.await("the loop", s -> s.contains("\nlooping"), STEP_SECONDS);
            tmux.send("C-c");
            tmux.await("the stop", s -> s.contains(Messages.STOPPED), STEP_SECONDS);
            tmux.type("n * 10");
            tmux.send("Enter");
            tmux.await("n * 10 after the stop", s -> s.indexOf("==> 30", s.indexOf(Messages.STOPPED)) >= 0, STEP_SECONDS);
        }
    }

    @Test
    void ctrlCStopsAVarsWhoseValueDoesNotReturnSayingWhichAndTheSessionGoesOn() throws Exception {
        try (Tmux tmux = nnsh()) {
            tmux.type("class Slow { public String toString() { try { Thread.sleep(600_000); } "
                    + "catch (InterruptedException e) { } return \"slow\"; } }");
            tmux.send("Enter");
            tmux.await("the class", s -> s.contains("|  created class Slow"), STEP_SECONDS);
            // declared without showing its value, which would be as slow
            tmux.type("int a = 1; var slow = new ArrayList<Slow>(); slow.add(new Slow());");
            tmux.send("Enter");
            tmux.await("the variables", s -> s.contains("$1 ==> true"), STEP_SECONDS);
            tmux.type("/vars");
            tmux.send("Enter");
            tmux.await("a, the line before slow's", s -> s.contains("\n  a     int"), STEP_SECONDS);
            tmux.send("C-c");
            tmux.await("the stop", s -> s.contains("\n" + Messages.varsStopped("slow", 1) + "\n"), STEP_SECONDS);
            tmux.type("a + 1");
            tmux.send("Enter");
            tmux.await("a + 1 after the stop", s -> s.contains("$2 ==> 2"), STEP_SECONDS);
        }
    }

    @Test
    void aLongFitDrawsOneLiveLineThatFitsEightyColumnsUntilCtrlCStopsIt() throws Exception {
        try (Tmux tmux = nnsh(80)) {
            // the epochs done, not the History's table, so that the screen keeps the live line in view
            tmux.type("seed(0); var d = spiral(100, 3); var m = net().dense(2, 64).relu().dense(64, 3).softmax(); "
                    + "int done = m.fit(d, 200000, adam(0.05).decay(5e-7)).epochs()");
            tmux.send("Enter");
            tmux.await("the live line", s -> s.contains("epoch "), STEP_SECONDS);
            // many redraws: each would have left a row of its own had the line wrapped
            Thread.sleep(2000);
            assertOneLineWithinEightyColumns(tmux.screen());
            tmux.send("C-c");
            String screen = tmux.await("the stop", s -> s.contains("done ==> "), STEP_SECONDS);
            assertOneLineWithinEightyColumns(screen);
        }
    }

    /** The screen's wrapped rows are joined: a wrapped line shows as one longer than the terminal. */
    private static void assertOneLineWithinEightyColumns(String screen) {
        List<String> lines = screen.lines().filter(line -> line.startsWith("epoch ")).toList();
        assertEquals(1, lines.size(), screen);
        assertTrue(lines.get(0).length() < 80, screen);
    }

    @Test
    void ctrlDAndSystemExitEndTheShellWithHistorySaved() throws Exception {
        try (Tmux tmux = nnsh()) {
            tmux.type("int kept = 1");
            tmux.send("Enter");
            // the prompt, not just the value: until it is drawn the tty is cooked, where a Ctrl-D
            // becomes a NUL that the next prompt ignores (bash and python lose it the same way)
            tmux.await("the prompt after kept's value", s -> s.endsWith("kept ==> 1\n" + Shell.PROMPT.strip()), STEP_SECONDS);
            tmux.send("C-d");
            tmux.awaitExit(STEP_SECONDS);
        }
        assertTrue(Files.readString(ShellHome.history(home)).contains(":int kept = 1\n"));
        try (Tmux tmux = nnsh()) {
            tmux.type("System.exit(0)");
            tmux.send("Enter");
            tmux.awaitExit(STEP_SECONDS);
        }
        assertTrue(Files.readString(ShellHome.history(home)).contains(":System.exit(0)\n"));
    }
}
