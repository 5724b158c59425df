package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nnsh.tensor.Matrix;

class NnshSessionTest {
    private static NnshSession session;

    @BeforeAll
    static void start() {
        session = NnshSession.start();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void valuesAreTheHostsOwnObjects() {
        Evaluation variable = session.eval("var m = eye(2);");
        assertEquals(Matrix.class, session.valueOf(variable.snippet()).getClass(),
                "snippets must run in this JVM on its own class path");
        Evaluation expression = session.eval("m.times(2)");
        Matrix doubled = (Matrix) session.valueOf(expression.snippet());
        assertEquals(2.0, doubled.get(1, 1));
        Evaluation name = session.eval("m");
        assertSame(session.valueOf(variable.snippet()), session.valueOf(name.snippet()));
        assertNull(session.valueOf(session.eval("System.out.flush();").snippet()), "a statement has no value");
    }

    @Test
    void theDefaultImportsAndTheFacadeArePreloaded() {
        Evaluation result = session.eval("new ArrayList<Matrix>(List.of(zeros(1, 1))).stream().map(x -> x.sum()).collect(Collectors.toList())");
        assertFalse(result.failed(), result.toString());
        assertEquals("[0.0]", result.valueText());
    }

    @Test
    void compileErrorsAndExceptionsAreReported() {
        Evaluation rejected = session.eval("int bad = \"s\";");
        assertTrue(rejected.failed());
        assertEquals("incompatible types: java.lang.String cannot be converted to int",
                rejected.errors().get(0).getMessage(Locale.ROOT));
        Evaluation thrown = session.eval("Integer.parseInt(\"x\")");
        assertTrue(thrown.failed());
        assertEquals("For input string: \"x\"", thrown.exception().getMessage());
    }

    /** Calls {@link NnshSession#stop()} from another thread, as Ctrl-C does, while {@code snippet} runs. */
    private static Evaluation stoppedAfter(long millis, String snippet) throws InterruptedException {
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            session.stop();
        });
        stopper.start();
        Evaluation result = session.eval(snippet);
        stopper.join();
        return result;
    }

    @Test
    void stopEndsASnippetThatIgnoresInterruptsByForceAndTheSessionStaysUsable() throws InterruptedException {
        long start = System.nanoTime();
        Evaluation loop = stoppedAfter(300, "while (true) { Thread.onSpinWait(); }");
        assertTrue(loop.stopped());
        assertTrue(loop.interrupted());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "a forced stop comes within the grace period");
        Evaluation next = session.eval("1 + 2");
        assertEquals("3", next.valueText());
        assertFalse(next.interrupted(), "a stop is for the snippet running then only");
    }

    @Test
    void stopInterruptsFirstSoAFitEndsAfterItsStepAndReturnsItsHistory() throws InterruptedException {
        session.eval("var model = net().dense(2, 8).relu().dense(8, 3).softmax();");
        Evaluation fit = stoppedAfter(500, "var h = model.fit(spiral(50, 3), 100_000_000, adam(0.01), quiet());");
        assertFalse(fit.stopped(), "the fit ended by itself");
        assertTrue(fit.interrupted(), "but not at its end");
        assertFalse(fit.failed(), fit.toString());
        assertEquals("true", session.eval("h.stopped()").valueText());
        assertEquals("true", session.eval("h == model.history()").valueText());
    }

    @Test
    void stopLeavesAFitThatAnEarlierSnippetStartedOnItsOwnThreadRunning() throws InterruptedException {
        session.eval("var background = net().dense(2, 8).relu().dense(8, 3).softmax();");
        session.eval("var backgroundHistory = new java.util.concurrent.atomic.AtomicReference<History>();");
        session.eval("var trainer = new Thread(() -> backgroundHistory.set("
                + "background.fit(spiral(50, 3), 100_000_000, adam(0.01), quiet())));");
        session.eval("trainer.start();");
        Evaluation sleep = stoppedAfter(300, "Thread.sleep(100_000)");
        assertTrue(sleep.interrupted());
        assertTrue(sleep.failed(), "the sleep ends in its InterruptedException");
        assertEquals("true", session.eval("trainer.isAlive()").valueText(), "the background fit is not the snippet stopped");
        session.eval("trainer.interrupt(); trainer.join();");
        assertEquals("true", session.eval("backgroundHistory.get().stopped()").valueText());
    }

    @Test
    void stopInterruptsAFitOnAThreadTheStoppedSnippetStartedAndWaitsFor() throws InterruptedException {
        // only the snippet's own thread was interrupted: its join ended, the fit it waited for trained on
        session.eval("var joined = net().dense(2, 8).relu().dense(8, 3).softmax();");
        session.eval("var joinedHistory = new java.util.concurrent.CompletableFuture<History>();");
        Evaluation join = stoppedAfter(500, "{ var worker = new Thread(() -> joinedHistory.complete("
                + "joined.fit(spiral(50, 3), 100_000_000, adam(0.01), quiet()))); worker.start(); worker.join(); }");
        assertTrue(join.interrupted());
        assertEquals("true", session.eval("joinedHistory.get(5, TimeUnit.SECONDS).stopped()").valueText(),
                "the fit ended after its step");
    }

    @Test
    void stopInterruptsTheFitsOfTheSnippetsParallelStreamOnThePoolsThreadsToo() throws InterruptedException {
        // the common pool's threads start under the first snippet that needs them, not under the one stopped
        session.eval("IntStream.range(0, 10_000).parallel().map(i -> i % 7).sum()");
        session.eval("var pair = List.of(net().dense(2, 8).relu().dense(8, 3).softmax(), net().dense(2, 8).relu().dense(8, 3).softmax());");
        Evaluation fits = stoppedAfter(1000,
                "pair.parallelStream().forEach(n -> n.fit(spiral(50, 3), 100_000_000, adam(0.01), quiet()));");
        assertFalse(fits.stopped(), "both fits ended after their step; the pool's one went on training after the forced stop");
        assertTrue(fits.interrupted());
        assertEquals("true", session.eval("pair.get(0).history().stopped() && pair.get(1).history().stopped()").valueText());
    }

    @Test
    void stopEndsAGradCheckAtItsNextEntryWithTheNetAsItWas() throws InterruptedException {
        // a check of a mid-sized net takes seconds; it ended in the forced stop, one weight left stepped by h
        session.eval("seed(0);");
        session.eval("var sines = sine(2000);");
        session.eval("var checked = net().dense(1, 64).relu().dense(64, 64).relu().dense(64, 1);");
        session.eval("var before = checked.forward(sines.x());");
        Evaluation check = stoppedAfter(500, "var report = checked.gradCheck(sines);");
        assertFalse(check.stopped(), "the check ended by itself");
        assertTrue(check.interrupted());
        assertTrue(check.failed());
        assertTrue(check.exception().getMessage().startsWith("gradCheck: stopped by an interrupt (Ctrl-C) while checking dense #"),
                check.exception().getMessage());
        assertEquals("true", session.eval("before.equals(checked.forward(sines.x()))").valueText());
    }

    @Test
    void aFitStoppedByCtrlCSavesInTheSameSnippet() throws InterruptedException, IOException {
        // the stop leaves the snippet thread's interrupt set, which closed save's FileChannel
        Path file = Files.createTempFile("nnsh-stopped", ".safetensors");
        try {
            session.eval("var stopping = net().dense(2, 8).relu().dense(8, 3).softmax();");
            Evaluation fit = stoppedAfter(500, "{ stopping.fit(spiral(50, 3), 100_000_000, adam(0.01), quiet()); stopping.save(\""
                    + file + "\"); }");
            assertFalse(fit.failed(), String.valueOf(fit.exception()));
            assertEquals("true", session.eval("load(\"" + file + "\").forward(eye(2)).equals(stopping.forward(eye(2)))")
                    .valueText());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The startup file imports every engine package that has public types, so a class added to
     * one is usable in scripts and stock jshell without touching the startup. Not imported: repl (the
     * shell itself) and io (AtomicFile and the safetensors format: file plumbing, no vocabulary).
     */
    @Test
    void theStartupImportsEveryEnginePackage() throws IOException {
        String startup = NnshSession.startupText();
        Path classes = Path.of("target", "classes", "org", "nnsh");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> packages = Files.list(classes)) {
            for (Path dir : (Iterable<Path>) packages.filter(Files::isDirectory)::iterator) {
                String pkg = "org.nnsh." + dir.getFileName();
                if (!List.of("org.nnsh.repl", "org.nnsh.io").contains(pkg) && !startup.contains("import " + pkg + ".")) {
                    missing.add(pkg);
                }
            }
        }
        assertEquals(Set.of(), missing, "packages jshell-startup/nnsh.jsh does not import");
        assertTrue(startup.contains("import static org.nnsh.Nnsh.*;"));
    }
}
