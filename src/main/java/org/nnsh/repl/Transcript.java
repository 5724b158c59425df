package org.nnsh.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.nnsh.io.AtomicFile;

/**
 * Lessons that cannot rot: {@code nnsh --record lesson.jsh} runs the script and writes everything it
 * prints to {@code lesson.jsh.out}; {@code nnsh --check lesson.jsh} runs it again and shows a unified
 * diff when the output or the exit code changed.
 *
 * <p>A transcript is the script's standard output and its failure messages interleaved in the order
 * they were printed, with the script named by its file name only, so it reads the same from any
 * working directory, and, when the script did not end with exit code 0, a last line with the code it
 * ended with ({@link ExitCodeLine}): a lesson that now stops at a failure, or ends with another
 * {@code /exit N}, no longer matches even when it prints the same. A script that calls
 * {@code System.exit} ends the JVM before its transcript is written or compared, which is reported as
 * an error (exit 2); lessons end with {@code /exit} instead.
 */
public final class Transcript {
    /** What a script's transcript file adds to the script's name: {@code lesson.jsh.out}. */
    public static final String SUFFIX = ".out";

    /** Exit codes: every script matched (or was recorded and ran to the end). */
    static final int OK = 0;
    /** A script's output or exit code differs from its transcript. */
    static final int DIFFERS = 1;
    /** A script or its transcript is missing or unreadable. */
    static final int TROUBLE = 2;

    private final PrintStream out;
    private final PrintStream err;

    /** Diffs go to {@code out}; what was recorded, what matched and what is missing goes to {@code err}. */
    public Transcript(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** {@code lesson.jsh} → {@code lesson.jsh.out}, next to it. */
    public static Path of(Path script) {
        return script.resolveSibling(script.getFileName() + SUFFIX);
    }

    /** One run of a script: its exit code and what it printed, its file named by its file name only. */
    record Run(int exitCode, String text) {
        /** The run as its transcript holds it: what it printed, and the exit code unless that is 0. */
        String transcript() {
            return ExitCodeLine.after(text, exitCode);
        }
    }

    /** Runs {@code script} in a fresh session; the caller has checked that it is a readable file. */
    static Run run(Path script) throws IOException {
        String source = Files.readString(script, StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // one stream for both, so output and failure messages keep the order they were printed in
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = new ScriptRunner(both, both).run(script.getFileName().toString(), new StringReader(source), List.of());
        both.flush();
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    /**
     * As {@link #run(Path)}, for {@code option} (--record or --check). System.exit in a snippet ends this
     * JVM mid-run: unguarded, --check exited 0 (or the script's code) having compared nothing and skipped
     * the scripts after it, and --record wrote nothing. The guard says why and exits 2.
     */
    private Run guardedRun(Path script, String option) throws IOException {
        Thread guard = new Thread(() -> {
            err.println("nnsh " + option + ": " + script + " called System.exit, which ends nnsh before its transcript is "
                    + (option.equals("--record") ? "written" : "compared") + "; end the script with /exit instead");
            err.flush();
            Runtime.getRuntime().halt(TROUBLE);
        });
        Runtime.getRuntime().addShutdownHook(guard);
        try {
            return run(script);
        } finally {
            Runtime.getRuntime().removeShutdownHook(guard);
        }
    }

    /**
     * Records a transcript for each script; the highest exit code of them all, each script's being
     * the one a plain run of it ends with ({@code /exit 3}'s 3), or {@link #TROUBLE}.
     */
    public int record(List<Path> scripts) {
        return each("--record", scripts, this::record);
    }

    /** Checks each script against its transcript; the worst exit code of them all. */
    public int check(List<Path> scripts) {
        return each("--check", scripts, this::check);
    }

    /**
     * Runs {@code action} on each script, skipping a transcript whose script is named too: a glob such
     * as {@code lessons/*} names both, and each transcript ran as a script and got a transcript of its own
     * ({@code lesson.jsh.out.out}). A transcript named without its script is an error that names the script.
     */
    private int each(String option, List<Path> scripts, ToIntFunction<Path> action) {
        if (scripts.isEmpty()) {
            return noScripts(option);
        }
        Set<Path> named = scripts.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        int worst = OK;
        for (Path path : scripts) {
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            int code;
            if (name.endsWith(".jsh" + SUFFIX)) {
                Path script = path.resolveSibling(name.substring(0, name.length() - SUFFIX.length()));
                code = named.contains(script.toAbsolutePath().normalize()) ? OK
                        : trouble("nnsh " + option + ": " + path + " is a transcript, not a script; name its script " + script);
            } else {
                code = action.applyAsInt(path);
            }
            worst = Math.max(worst, code);
        }
        return worst;
    }

    /**
     * Runs {@code script} and writes what it printed to its transcript, even when the script failed;
     * returns the exit code the script ended with, as a plain run of it would, so that a caller
     * that ran it for its effect sees how it ended (it returned 1 for {@code /exit 3}).
     */
    public int record(Path script) {
        if (!Files.isRegularFile(script)) {
            return noScript("--record", script);
        }
        Path transcript = of(script);
        try {
            Run run = guardedRun(script, "--record");
            AtomicFile.write(transcript, ByteBuffer.wrap(run.transcript().getBytes(StandardCharsets.UTF_8)));
            long count = run.text().lines().count();
            String lines = count + (count == 1 ? " line" : " lines");
            if (run.exitCode() != 0) {
                // a failure exits 1; any other code is the script's own /exit N, after which nothing failed
                String why = run.exitCode() == 1 ? ": the transcript ends with its failure and exit code 1"
                        : " (its /exit " + run.exitCode() + ", which the transcript records)";
                err.println("nnsh: recorded " + transcript + " (" + lines + "), but " + script + " exited "
                        + run.exitCode() + why + ", as --record does");
                return run.exitCode();
            }
            err.println("nnsh: recorded " + transcript + " (" + lines + ")");
            return OK;
        } catch (IOException e) {
            return trouble("nnsh --record: cannot record " + script + " to " + transcript + ": " + Messages.reason(e));
        }
    }

    /** Runs {@code script} and compares what it printed with its transcript; prints the diff when they differ. */
    public int check(Path script) {
        Path transcript = of(script);
        if (!Files.isRegularFile(script)) {
            return noScript("--check", script);
        }
        if (!Files.isRegularFile(transcript)) {
            return trouble("nnsh --check: " + script + " has no transcript " + transcript
                    + "; record one with: scripts/nnsh --record " + script);
        }
        String expected;
        try {
            expected = Files.readString(transcript, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // its own message: the script's reason ("not UTF-8 text (scripts are read as UTF-8)") would point at the script
            return trouble("nnsh --check: cannot read the transcript " + transcript + ": "
                    + (e instanceof CharacterCodingException ? "not UTF-8 text" : Messages.reason(e))
                    + "; record it again with: scripts/nnsh --record " + script);
        }
        try {
            Run run = guardedRun(script, "--check");
            String diff = UnifiedDiff.between(transcript.toString(), expected, script + " (this run)", run.transcript());
            if (diff.isEmpty()) {
                err.println("nnsh: " + script + " matches " + transcript);
                return OK;
            }
            out.print(diff);
            out.flush();
            int recordedCode = ExitCodeLine.recordedIn(expected);
            String change = recordedCode == run.exitCode() ? " no longer prints " + transcript
                    : " no longer ends as " + transcript + " recorded: exit code was " + recordedCode + ", now " + run.exitCode();
            err.println("nnsh: " + script + change
                    + "; if the change is intended, record it again with: scripts/nnsh --record " + script);
            return DIFFERS;
        } catch (IOException e) {
            return trouble("nnsh --check: cannot check " + script + " against " + transcript + ": " + Messages.reason(e));
        }
    }

    /** "no script D" for a directory D read as if D were not there: --check scripts/seeds is a natural first try. */
    private int noScript(String option, Path script) {
        return trouble("nnsh " + option + ": " + (Files.isDirectory(script)
                ? script + " is a directory; name its scripts, e.g. scripts/nnsh " + option + " " + script.resolve("*.jsh")
                : "no script " + script));
    }

    private int noScripts(String option) {
        return trouble("nnsh " + option + ": name at least one FILE.jsh");
    }

    private int trouble(String message) {
        err.println(message);
        return TROUBLE;
    }
}
