package org.nnsh.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A program running in a detached tmux session on a private tmux server: keys typed with
 * {@code send-keys}, the screen read with {@code capture-pane}. Closing kills the server.
 */
final class Tmux implements AutoCloseable {
    private static final String SESSION = "nnsh";
    private final String socket = "nnsh-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    /** The process tmux started for the command: the program, or a shell above it. */
    private final long panePid;

    /** Starts {@code command} (a shell command line) in a 120×40 terminal. */
    Tmux(String command) throws IOException, InterruptedException {
        this(command, 120);
    }

    /** Starts {@code command} (a shell command line) in a terminal {@code columns} wide and 40 rows high. */
    Tmux(String command, int columns) throws IOException, InterruptedException {
        tmux("new-session", "-d", "-x", String.valueOf(columns), "-y", "40", "-s", SESSION, command);
        panePid = Long.parseLong(tmux("display-message", "-p", "-t", SESSION, "#{pane_pid}").strip());
    }

    static boolean installed() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Types keys: literal text, or tmux key names such as {@code Enter}, {@code Tab}, {@code C-c}. */
    void send(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Types {@code text} exactly as given (no key names). */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", SESSION, "-l", text);
    }

    /** The screen, wrapped lines joined, trailing blank lines dropped. */
    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-t", SESSION).stripTrailing();
    }

    /** Polls the screen until {@code test} holds; fails with the last screen after {@code seconds}. */
    String await(String what, Predicate<String> test, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String screen = screen();
        while (!test.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " on the screen after " + seconds + " s:\n" + screen);
            }
            Thread.sleep(100);
            screen = screen();
        }
        return screen;
    }

    /** Waits for the program to end (the session closes with it). */
    void awaitExit(int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (run("has-session", "-t", SESSION).exitCode == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the program did not end within " + seconds + " s:\n" + screen());
            }
            Thread.sleep(100);
        }
    }

    /**
     * Kills the server, then waits for the program to end: killed by the hang-up, a shell still saves
     * its history, and a test's temporary home deleted meanwhile failed with "directory not empty".
     */
    @Override
    public void close() throws IOException, InterruptedException {
        List<ProcessHandle> program = new ArrayList<>();
        ProcessHandle.of(panePid).ifPresent(pane -> {
            program.add(pane);
            pane.descendants().forEach(program::add);
        });
        run("kill-server");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        for (ProcessHandle process : program) {
            while (process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        Result result = run(args);
        if (result.exitCode != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + result.output);
        }
        return result.output;
    }

    private record Result(int exitCode, String output) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
