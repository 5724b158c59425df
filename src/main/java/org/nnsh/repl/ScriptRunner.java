package org.nnsh.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs a {@code .jsh} script snippet by snippet and stops at the first failure with
 * {@code file:line: message} on the error stream and exit code 1 (stock jshell runs past errors
 * and exits 0). Snippets' own output goes to the output stream; expression values print nothing,
 * as in jshell scripts. A script may end itself with {@code /exit [code]} or {@code System.exit(code)}
 * (the latter ends the whole JVM: snippets run in-process), and run another script's snippets in
 * the same session with {@code /open FILE}, as in jshell; a failure there names that file's line and
 * ends the run. The script sees its command-line arguments as {@code String[] args}.
 */
public final class ScriptRunner {
    /** The display name of a script read from standard input. */
    public static final String STDIN_NAME = "<stdin>";

    private final PrintStream out;
    private final PrintStream err;
    private final Charset outCharset;
    private final Charset errCharset;
    /** The script's standard output as its snippets write it, remembering whether it ended a line. */
    private SnippetOutput snippetOutput;
    /** The line of the snippet or command running, for a signal that stops it; null before the first. */
    private volatile ScriptLines.Location running;

    /** A runner whose scripts print to {@code out}, a stream of UTF-8 text, and whose failures are reported on {@code err}, UTF-8 too. */
    public ScriptRunner(PrintStream out, PrintStream err) {
        this(out, StandardCharsets.UTF_8, err, StandardCharsets.UTF_8);
    }

    /**
     * A runner whose scripts print to {@code out}, which writes text in {@code outCharset}, and to
     * {@code err}, which writes it in {@code errCharset}, where failures are reported too.
     */
    public ScriptRunner(PrintStream out, Charset outCharset, PrintStream err, Charset errCharset) {
        this.out = out;
        this.err = err;
        this.outCharset = outCharset;
        this.errCharset = errCharset;
    }

    /** Runs the script file; returns the exit code. Failures name the file as given. */
    public int run(Path script, List<String> args) {
        try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
            return run(script.toString(), in, args);
        } catch (IOException e) {
            err.println("nnsh: " + Messages.cannotRead(script.toString(), Messages.reason(e)));
            return 1;
        }
    }

    /**
     * Runs a script read from {@code script}, naming it {@code name} in messages; returns the exit
     * code: 0 when every snippet ran, 1 at the first failure, n for {@code /exit n}.
     */
    public int run(String name, Reader script, List<String> args) {
        return run(name, script, false, args);
    }

    /**
     * Runs a script read from a pipe, {@code nnsh -}'s standard input, as {@link #run(String, Reader, List)}
     * does, but whose writer may wait for what a snippet prints before sending the next line: a snippet
     * that a chain could continue on the next line ({@code net()} / {@code .dense(2, 3)}) runs when that
     * line has not come within {@link SourceSplitter#PIPE_LINE_WAIT}.
     */
    public int runPiped(String name, Reader script, List<String> args) {
        return run(name, script, true, args);
    }

    private int run(String name, Reader script, boolean fromPipe, List<String> args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        // in-process snippets write to System.out/err directly; through streams that remember whether
        // their output ended a line, so that a failure after System.out.print("x") or System.err.print("x")
        // starts on a line of its own
        snippetOutput = new SnippetOutput(new ReaderGone(out));
        PrintStream snippetOut = new PrintStream(snippetOutput, true, outCharset);
        PrintStream snippetErr = new PrintStream(snippetOutput.besides(err), true, errCharset);
        System.setOut(snippetOut);
        System.setErr(snippetErr);
        running = null;
        ScriptSignals signals = new ScriptSignals(signal -> stopped(name, signal));
        try (signals; NnshSession session = NnshSession.start()) {
            return new Run(name, session).run(new BufferedReader(script), fromPipe, args);
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("nnsh: " + Messages.cannotRead(name, Messages.reason(e)));
            return 1;
        } catch (RuntimeException e) {
            // a failure of nnsh's own: said here, as JShell's local engine replaced the JVM's default
            // handler, which would end the run with exit 1 and no word
            err.println(name + ": " + Messages.scriptInternalError(Failures.describe(e)));
            return 1;
        } finally {
            snippetOut.flush();
            snippetErr.flush();
            err.flush();
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    /** Says where a signal stopped the run and ends the JVM with the code the signal would have given it. */
    private void stopped(String name, ScriptSignals.Signal signal) {
        ScriptLines.Location at = running;
        report(at == null ? name : at.toString(), Messages.stoppedBy(signal.description()));
        Runtime.getRuntime().exit(signal.exitCode());
    }

    private void report(String where, String message) {
        out.flush();
        // FILE:LINE at the start of a line, where a reader and an editor's error parser look for it;
        // on stderr, so that the script's own output stays exactly what it printed
        err.println((snippetOutput.midLine() ? "\n" : "") + where + ": " + message);
        err.flush();
    }

    /**
     * One run of one script file (the one given, or one it opens), sharing with the files it opens
     * the snippets' start lines, for turning stack frames into the lines of whichever file declared them.
     */
    private final class Run {
        private final String name;
        private final NnshSession session;
        private final ScriptLines lines;
        /** Declarations that named something undefined, in this file and those it opens; an error unless later snippets define it. */
        private final List<DeclarationSnippet> unresolved;
        /** This file and those it is opened from. */
        private final OpenChain chain;

        Run(String name, NnshSession session) {
            this(name, session, new ScriptLines(), new ArrayList<>(), new OpenChain());
            chain.enter(name);
        }

        private Run(String name, NnshSession session, ScriptLines lines, List<DeclarationSnippet> unresolved, OpenChain chain) {
            this.name = name;
            this.session = session;
            this.lines = lines;
            this.unresolved = unresolved;
            this.chain = chain;
        }

        int run(BufferedReader script, boolean fromPipe, List<String> args) throws IOException {
            Evaluation definedArgs = session.eval("String[] args = " + JavaLiterals.stringArray(args) + ";");
            if (definedArgs.failed()) {
                throw new IllegalStateException("nnsh: cannot define args: " + definedArgs);
            }
            Integer end = pieces(fromPipe ? SourceSplitter.ofPipe(session::analysis, script) : new SourceSplitter(session::analysis, script));
            if (end != null) {
                return end;
            }
            for (DeclarationSnippet declaration : unresolved) {
                Snippet.Status status = session.jshell().status(declaration);
                if (status == Snippet.Status.RECOVERABLE_DEFINED || status == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                    fail(lines.startOf(declaration), undefinedMessage(declaration));
                    return 1;
                }
            }
            return 0;
        }

        /** Runs the file's snippets and commands; null when it ran to its end, else the exit code the whole run ends with. */
        private Integer pieces(SourceSplitter splitter) throws IOException {
            for (SourceSplitter.Piece piece = splitter.next(); piece != null; piece = splitter.next()) {
                running = here(piece);
                if (piece.command()) {
                    Integer exitCode = command(piece);
                    if (exitCode != null) {
                        return exitCode;
                    }
                    continue;
                }
                if (!evaluate(piece)) {
                    return 1;
                }
            }
            return null;
        }

        /** {@code /open FILE}: the file's snippets in this session; null when it ran to its end, else the run's exit code. */
        private Integer open(SourceSplitter.Piece piece, String file) {
            if (file.isEmpty()) {
                fail(piece.line(), Messages.usage("/open FILE.jsh"));
                return 1;
            }
            String cycle = chain.cycle(file);
            if (cycle != null) {
                fail(piece.line(), cycle);
                return 1;
            }
            try (BufferedReader in = Files.newBufferedReader(Commands.path(file), StandardCharsets.UTF_8)) {
                chain.enter(file);
                try {
                    return new Run(file, session, lines, unresolved, chain).pieces(new SourceSplitter(session::analysis, in));
                } finally {
                    chain.leave();
                }
            } catch (IOException e) {
                fail(piece.line(), Messages.cannotRead(file, Messages.reason(e)));
                return 1;
            }
        }

        /** Evaluates one snippet; false (after reporting) when it failed. */
        private boolean evaluate(SourceSplitter.Piece piece) {
            Evaluation result;
            try {
                result = session.eval(piece.text());
            } catch (SnippetCrash e) {
                fail(piece.line(), e.getMessage());
                return false;
            }
            if (result.snippet() == null) {
                // analyzeCompletion saw more than blanks, JShell found no snippet: an unclosed comment
                fail(piece.line(), Messages.unclosedComment(piece.text()));
                return false;
            }
            result.snippets().forEach(snippet -> lines.started(snippet, name, piece.line()));
            if (!result.errors().isEmpty()) {
                ScriptLines.Location at = lines.failure(name, piece, result);
                DeclarationSnippet waiting = Failures.waitingFor(session.jshell(), result.errors().get(0)).orElse(null);
                if (waiting != null && lines.startOf(waiting) != null) {
                    // javac's "cannot find symbol: class A" when A is declared above but waits for a name it uses
                    fail(lines.startOf(waiting), Failures.notUsableYet(session.jshell(), waiting) + " (used at " + at + ")");
                } else {
                    fail(at, Messages.error(Failures.compileError(piece.text(), result.errors().get(0))));
                }
                return false;
            }
            if (result.exception() != null) {
                exception(piece, result);
                return false;
            }
            if (result.status() == Snippet.Status.REJECTED) {
                fail(piece.line(), Messages.rejected(piece.text()));
                return false;
            }
            if (result.unresolved() && result.snippet() instanceof DeclarationSnippet) {
                unresolved.add((DeclarationSnippet) result.snippet());
            }
            return true;
        }

        /** Runs a {@code /command} line; returns the exit code when the script ends here, else null. */
        private Integer command(SourceSplitter.Piece piece) {
            String[] words = piece.text().split("\\s+");
            String command = Commands.name(words[0]);
            if (command.equals("/open")) {
                // named as the file, without the quotes a name with blanks needs: my runs/a.jsh:3:
                return open(piece, Commands.unquoted(piece.text().substring(words[0].length()).strip()));
            }
            if (!command.equals("/exit")) {
                fail(piece.line(), "unknown command " + words[0] + ": scripts support only /open FILE and /exit [code]");
                return 1;
            }
            String argument = piece.text().substring(words[0].length()).strip();
            if (argument.isEmpty()) {
                return 0;
            }
            ExitArgument exit = ExitArgument.of(session, argument);
            if (exit.code() != null) {
                return exit.code();
            }
            Evaluation failure = exit.failure();
            if (failure == null) {
                fail(piece.line(), exit.problem());
            } else if (!failure.errors().isEmpty()) {
                fail(piece.line(), Messages.error(Failures.compileError(argument, failure.errors().get(0))));
            } else {
                // the expression's own snippet is not the script's: a frame of the script is a method it declared
                ScriptLines.Location thrown = lines.thrownAt(failure.exception(), here(piece));
                String message = Failures.withCauses(failure.exception());
                fail(thrown, thrown.equals(here(piece)) ? message : Failures.calledAt(message, here(piece)));
            }
            return 1;
        }

        private void exception(SourceSplitter.Piece piece, Evaluation result) {
            JShellException exception = result.exception();
            if (exception instanceof UnresolvedReferenceException) {
                DeclarationSnippet declaration = ((UnresolvedReferenceException) exception).getSnippet();
                ScriptLines.Location defined = lines.startOf(declaration);
                fail(defined == null ? here(piece) : defined,
                        undefinedMessage(declaration) + " (called at " + name + ":" + piece.line() + ")");
                return;
            }
            ScriptLines.Location thrown = lines.failure(name, piece, result);
            ScriptLines.Location call = lines.calledFrom(exception, result.snippets(), here(piece));
            String message = Failures.withCauses(exception);
            // thrown inside a method, class or lambda declared earlier: which call it was matters too,
            // as jshell's own trace shows both (unless both are on one line: Runnable r = ...; r.run();)
            fail(thrown, call == null || call.equals(thrown) ? message : Failures.calledAt(message, call));
        }

        private String undefinedMessage(DeclarationSnippet declaration) {
            return Failures.undefined(session.jshell(), declaration);
        }

        private ScriptLines.Location here(SourceSplitter.Piece piece) {
            return new ScriptLines.Location(name, piece.line());
        }

        private void fail(int line, String message) {
            fail(new ScriptLines.Location(name, line), message);
        }

        private void fail(ScriptLines.Location location, String message) {
            report(location.toString(), message);
        }
    }
}
