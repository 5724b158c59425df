package org.nnsh.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.ImportSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.nnsh.plot.ProgressPrinter;

/**
 * nnsh's interactive shell: a JLine line reader in front of an in-process {@link NnshSession}.
 * Reads a snippet (several lines when JShell says it is incomplete), runs it, prints its value the
 * way jshell does, with numpy's printing for a {@code Matrix}. Failures print one line, never end
 * the session; Ctrl-C stops a running snippet, Ctrl-D or {@code /exit} ends the shell.
 */
public final class Shell {
    static final String PROMPT = "nnsh> ";
    static final String CONTINUATION_PROMPT = " ...> ";

    private final Terminal terminal;
    private final LineReader reader;
    private final PrintWriter out;
    private final LiveSession session;
    private final IdleWarmUp warmUp;
    /** Why the history file cannot be written (then the history lives in memory only), or null. */
    private final String historyProblem;
    private final Commands commands = new Commands(this);
    /** Every snippet that ran to its end without failing, in order, with its source: what {@code /list} and {@code /save} choose from. */
    private final List<Ran> succeeded = new ArrayList<>();
    /**
     * What {@code /save} chooses from, in the order it ran: the snippets of {@link #succeeded}, and the
     * variables declared by a declaration that threw ({@code int n = 1 / 0} still declares n, 0).
     */
    private final List<Ran> replayed = new ArrayList<>();
    /**
     * Each declaration or import a later snippet declared again, with that snippet, as JShell's
     * events told it ({@code int n = 20} after {@code int n = 10}): {@code /N} says which replaced it.
     */
    private final Map<Snippet, Snippet> replacedBy = new HashMap<>();
    /** The lines typed in this session, for {@code /history} (JLine's history holds earlier sessions' too). */
    private final List<String> typed = new ArrayList<>();
    /** Every snippet run since the session began or was reset, failed ones too, for {@code /!} and {@code /-N}. */
    private final List<String> runSources = new ArrayList<>();
    private boolean timing;
    private String lastTrace;
    /** What snippets print to the terminal through System.out and System.err. */
    private final SnippetOutput snippetOutput;
    /** True while a snippet runs, so Ctrl-C knows to stop it; read by the signal thread. */
    private volatile boolean evaluating;

    /** A shell on {@code terminal} in front of {@code session}, keeping its history under {@code home}. */
    Shell(Terminal terminal, Path home, LiveSession session) {
        this.terminal = terminal;
        this.out = terminal.writer();
        this.snippetOutput = new SnippetOutput(terminal.output());
        this.session = session;
        this.warmUp = new IdleWarmUp(session);
        this.historyProblem = ShellHome.historyProblem(home);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("nnsh")
                .parser(new SnippetParser(session))
                .completer(new SnippetCompleter(session))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                // `!` is Java's not, never history expansion
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        if (historyProblem == null) {
            builder.variable(LineReader.HISTORY_FILE, ShellHome.history(home));
        }
        this.reader = builder.build();
        reader.setKeyMap(LineReader.EMACS);
    }

    /** Reads and runs snippets until Ctrl-D or {@code /exit}; returns the exit code. */
    public int run() {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        PrintStream snippetOut = new PrintStream(snippetOutput, true, terminal.encoding());
        System.setOut(snippetOut);
        System.setErr(snippetOut);
        // System.exit in a snippet ends this JVM while a snippet runs: the hook still saves history
        Thread historySaver = new Thread(this::saveHistory, "nnsh-history");
        Runtime.getRuntime().addShutdownHook(historySaver);
        terminal.handle(Terminal.Signal.INT, signal -> interrupt());
        // a fit draws one live progress line here instead of a script's summary lines, as wide as the
        // terminal is at each redraw (JLine asks the tty, so a resize shows at once); not on a dumb
        // terminal (Emacs' shell), which shows its carriage returns and escapes instead of obeying them
        if (isDumb(terminal)) {
            ProgressPrinter.summaryLines();
        } else {
            ProgressPrinter.liveLine(terminal::getWidth);
        }
        try {
            say(Messages.BANNER);
            if (historyProblem != null) {
                say(historyProblem);
            }
            try {
                // keys typed meanwhile wait in the terminal
                session.awaitStart();
            } catch (IllegalStateException e) {
                say(e.getMessage());
                return 1;
            }
            while (true) {
                String input;
                try {
                    if (snippetOutput.midLine()) {
                        // System.out.print("x") left the line open: the prompt starts a new one, as
                        // jshell's does (it begins with a newline), not "xnnsh> "
                        say("");
                    }
                    warmUp.promptShown();
                    input = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    // Ctrl-C at the prompt: JLine has dropped the line, read a new one
                    continue;
                } catch (EndOfFileException e) {
                    return 0;
                } finally {
                    warmUp.inputArrived();
                }
                typed.add(input);
                Integer exitCode;
                try {
                    exitCode = handle(input);
                } catch (RuntimeException e) {
                    // a failure of nnsh's own (a command, JShell) must not end the session and its variables
                    lastTrace = Failures.stackTrace(e);
                    say(Messages.internalError(Failures.describe(e)));
                    continue;
                }
                if (exitCode != null) {
                    return exitCode;
                }
            }
        } finally {
            ProgressPrinter.summaryLines();
            warmUp.close();
            saveHistory();
            Runtime.getRuntime().removeShutdownHook(historySaver);
            System.setOut(savedOut);
            System.setErr(savedErr);
            session.close();
        }
    }

    static boolean isDumb(Terminal terminal) {
        return Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
    }

    /** Runs the commands and snippets in one input; returns the exit code when one was {@code /exit}. */
    private Integer handle(String input) {
        return session.with(s -> {
            SourceSplitter splitter = new SourceSplitter(() -> session.with(NnshSession::analysis),
                    new BufferedReader(new StringReader(input)));
            for (SourceSplitter.Piece piece = next(splitter); piece != null; piece = next(splitter)) {
                if (piece.command()) {
                    Integer exitCode = commands.run(piece.text());
                    if (exitCode != null) {
                        return exitCode;
                    }
                } else if (!evaluate(piece.text(), result -> Where.PROMPT)) {
                    return null;
                }
            }
            return null;
        });
    }

    static SourceSplitter.Piece next(SourceSplitter splitter) {
        try {
            return splitter.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where a failure is: what goes in front of its message ({@code demo.jsh:3: }, or nothing at the
     * prompt), and the line of the call that reached the method or lambda that threw, when an
     * {@code /open}-ed file declared that elsewhere (the script runner's {@code (called at main.jsh:4)}),
     * or of the use of a declaration that cannot be used yet, named at its own line ({@code (used at main.jsh:4)}); else null.
     */
    record Where(String prefix, ScriptLines.Location call) {
        static final Where PROMPT = new Where("", null);
    }

    /**
     * Runs one snippet and reports it; false when it failed or was stopped. {@code where} is given
     * every snippet's result and says where a failure is ({@code demo.jsh:3: } for {@code /open},
     * which needs the result to find the failing line; the result is null when JShell itself
     * failed on the snippet).
     */
    boolean evaluate(String source, Function<Evaluation, Where> where) {
        out.flush();
        runSources.add(source);
        long start = System.nanoTime();
        Evaluation result;
        evaluating = true;
        try {
            result = session.with(s -> s.eval(source));
        } catch (SnippetCrash e) {
            say(where.apply(null).prefix() + e.getMessage());
            return false;
        } finally {
            evaluating = false;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.flush();
        // a snippet that failed may have replaced one too (int n = 1 / 0 still declares n)
        result.updates().stream().filter(update -> update.status() == Snippet.Status.OVERWRITTEN)
                .forEach(update -> replacedBy.put(update.snippet(), update.causeSnippet()));
        boolean ok = report(result, source, where.apply(result));
        if (timing) {
            say(Messages.took(millis));
        }
        return ok;
    }

    private boolean report(Evaluation result, String source, Where place) {
        String where = place.prefix();
        if (result.stopped()) {
            // on a line of its own after the ^C the terminal echoed, as is everything after it (say)
            List<Snippet> declared = keepDeclaredByDefault(result, source, Messages.STOPPED_BY_CTRL_C);
            say(where + (declared.isEmpty() ? Messages.STOPPED
                    : Messages.stoppedDeclaring(declared.stream().map(v -> ((VarSnippet) v).name()).collect(Collectors.toList()))));
            return false;
        }
        if (!result.errors().isEmpty()) {
            Diag diag = result.errors().get(0);
            // javac's "cannot find symbol: class A" when A is declared but waits for a name it uses, as a script run says it
            String waiting = session.with(s -> Failures.waitingFor(s.jshell(), diag).map(a -> Failures.notUsableYet(s.jshell(), a)).orElse(null));
            say(where + (waiting == null ? Messages.error(Failures.compileError(source, diag))
                    : waiting + (place.call() == null ? "" : " (used at " + place.call() + ")")));
            return false;
        }
        if (result.exception() != null) {
            lastTrace = Failures.stackTrace(result.exception());
            if (result.exception() instanceof UnresolvedReferenceException) {
                say(where + Failures.calledAt(session.with(s -> Failures.undefined(s.jshell(),
                        ((UnresolvedReferenceException) result.exception()).getSnippet())), place.call()));
            } else {
                say(where + Failures.calledAt(Failures.withCauses(result.exception()), place.call()));
                keepDeclaredByDefault(result, source, "threw " + Failures.describe(result.exception()));
            }
            return false;
        }
        if (result.status() == Snippet.Status.REJECTED) {
            say(where + Messages.rejected(source));
            return false;
        }
        if (result.snippet() == null) {
            // analyzeCompletion saw more than blanks, JShell found no snippet: an /open-ed file ended in a
            // comment, which went unsaid here while a script run of the file failed on it
            say(where + Messages.unclosedComment(source));
            return false;
        }
        if (!result.interrupted()) {
            // a snippet cut short (Ctrl-C during a fit) would replay in full: /save leaves it out
            Ran ran = new Ran(source.strip(), result.snippets(), result.unresolved(), false);
            succeeded.add(ran);
            replayed.add(ran);
        }
        String feedback = session.with(s -> Feedback.of(result, s));
        if (!feedback.isEmpty()) {
            say(feedback);
        }
        if (result.interrupted()) {
            // Ctrl-C stops what comes after the snippet too (the next fit of an /open-ed script, the
            // rest of the line), as it does after a snippet stopped by force
            if (!where.isEmpty()) {
                say(where + Messages.REST_NOT_RUN);
            }
            return false;
        }
        return true;
    }

    /**
     * Keeps for {@code /save} the variables a declaration that threw, or that Ctrl-C stopped by force,
     * still declared, with their default values ({@code int n = 1 / 0} leaves n 0, replacing an earlier
     * n), as declarations without an initializer under the source in a comment saying {@code why}:
     * saving the source would stop the replay there, and saving nothing would replay an earlier n, or
     * no n at all for the snippets that used it. Of a declaration that threw, only the variables whose
     * own initializer threw: another of it ({@code a} of {@code int a = 1, b = 1 / 0}) got a value that
     * a replay cannot give it, and is left out, so that a replay using it fails there rather than run on
     * with a 0. Returns the variables kept.
     */
    private List<Snippet> keepDeclaredByDefault(Evaluation result, String source, String why) {
        List<Evaluation> variables = new ArrayList<>(result.following());
        variables.add(0, result);
        List<Snippet> declared = session.with(s -> variables.stream()
                .filter(variable -> result.stopped() || variable.exception() != null)
                .map(Evaluation::snippet)
                .filter(snippet -> snippet instanceof VarSnippet
                        && snippet.subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                        && s.jshell().status(snippet).isActive())
                .collect(Collectors.toList()));
        if (declared.isEmpty()) {
            return declared;
        }
        String declarations = declared.stream().map(variable -> ((VarSnippet) variable).typeName() + " " + ((VarSnippet) variable).name() + ";")
                .collect(Collectors.joining("\n"));
        String comment = source.strip().lines().map(line -> "// " + line).collect(Collectors.joining("\n"));
        replayed.add(new Ran(comment + "\n// " + Messages.declaredByDefault(why) + "\n" + declarations, declared, false, true));
        return declared;
    }

    /** Runs {@code work}, which evaluates in the session (a command's expression), so that Ctrl-C stops it. */
    <T> T evaluating(Supplier<T> work) {
        evaluating = true;
        try {
            return work.get();
        } finally {
            evaluating = false;
        }
    }

    /** Ctrl-C, on JLine's signal thread: stop the running snippet, if any. */
    private void interrupt() {
        try {
            if (evaluating) {
                snippetOutput.interruptEchoed();
                session.stop();
            }
        } catch (RuntimeException | Error e) {
            // JShell's local execution replaced the default uncaught-exception handler; a stop that
            // failed leaves the snippet running, and the next Ctrl-C tries again
        }
    }

    private void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            System.err.println("nnsh: cannot save history to " + reader.getVariable(LineReader.HISTORY_FILE) + ": " + e.getMessage());
        }
    }

    void say(String text) {
        // after the ^C a terminal echoes while a snippet runs: a stop, an exception, a value a stopped fit
        // returned ("^Ch ==> History…") start on a line of their own; an empty line only ends the ^C's
        boolean echoed = snippetOutput.takeEchoedInterrupt();
        out.println(echoed && !text.isEmpty() ? "\n" + text : text);
        out.flush();
        snippetOutput.lineEnded();
    }

    LiveSession session() {
        return session;
    }

    /**
     * A snippet that ran, its source, and whether it named something undefined when it ran; its place
     * in {@link #succeeded}, from 1, is its number in {@code /list}. {@code snippets} are JShell's
     * snippets of it: one, or one per variable of {@code int a = 1, b = 2}, the first being the one evaluated.
     * One that {@code threw} (or was stopped by force) is only in {@link #replayed}: its source is the variables it declared.
     */
    private record Ran(String source, List<Snippet> snippets, boolean unresolvedWhenRan, boolean threw) {
        Snippet snippet() {
            return snippets.get(0);
        }
    }

    /**
     * A snippet {@code /list} shows: its number, its source, and those of its JShell snippets still in
     * the session. Numbers stay as they were given, as jshell's snippet ids do: after {@code /drop 2}
     * snippet 3 is still 3, for {@code /drop N} and {@code /N}.
     */
    record Listed(int number, String source, List<Snippet> active) {
    }

    /**
     * What {@code /save} writes: the sources of the snippets that ran, in order, but for declarations
     * that still use something undefined ({@code void g() { h(); }} without an {@code h}), as a script
     * stops at those, and for snippets {@code /drop} removed. Only a declaration that was incomplete
     * when it ran counts: one a later snippet broke ({@code var c = new C()} before {@code class C} was
     * replaced) replays as it ran, and the snippets that used it in between need it. A declaration a
     * later one replaced ({@code int n = 10} before {@code int n = 20}) is written too, though
     * {@code /list} no longer shows it (jshell's {@code /save} leaves it out): the snippets between
     * may have used it, and did whatever they did with it (drew random numbers, counted calls), so
     * a replay without it would fail or end in other values. A declaration that threw or was stopped is
     * written as the variables it left declared ({@link #keepDeclaredByDefault}).
     */
    List<String> toSave() {
        return session.with(s -> replayed.stream().filter(ran -> isSaved(s, ran)).map(Ran::source).collect(Collectors.toList()));
    }

    /** How many of {@link #toSave} are variables a declaration that threw or was stopped left declared ({@link #keepDeclaredByDefault}). */
    int savedAfterThrowing() {
        return session.with(s -> (int) replayed.stream().filter(ran -> ran.threw() && isSaved(s, ran)).count());
    }

    /** The snippets still in the session, with the numbers {@code /list} shows: not those dropped or replaced, as jshell's. */
    List<Listed> listed() {
        return session.with(s -> IntStream.rangeClosed(1, succeeded.size())
                .filter(number -> isListed(s, succeeded.get(number - 1)))
                .mapToObj(number -> listing(s, number))
                .collect(Collectors.toList()));
    }

    /**
     * A snippet that ran, as {@code /list -all} shows it: its number, its source, and why {@code /list}
     * leaves it out ({@code it was dropped}), or null when {@code /list} shows it.
     */
    record Numbered(int number, String source, String whyNotListed) {
    }

    /** Every snippet that ran to its end, by number, those {@code /list} leaves out too. */
    List<Numbered> numbered() {
        return session.with(s -> IntStream.rangeClosed(1, succeeded.size()).mapToObj(number -> {
            Ran ran = succeeded.get(number - 1);
            return new Numbered(number, ran.source(), isListed(s, ran) ? null : whyNotListed(s, ran));
        }).collect(Collectors.toList()));
    }

    /** The snippet {@code /list} shows as number {@code number}, or null with {@link #notListed} saying why. */
    Listed listed(int number) {
        return session.with(s -> number >= 1 && number <= succeeded.size() && isListed(s, succeeded.get(number - 1))
                ? listing(s, number) : null);
    }

    private Listed listing(NnshSession s, int number) {
        Ran ran = succeeded.get(number - 1);
        List<Snippet> active = ran.snippets().stream().filter(snippet -> s.jshell().status(snippet).isActive())
                .collect(Collectors.toList());
        return new Listed(number, ran.source(), active);
    }

    /** Why {@code /list} shows no snippet {@code number} (written {@code digits}). */
    String notListed(int number, String digits) {
        if (number < 1 || number > succeeded.size()) {
            return "no snippet " + digits + ": " + (succeeded.isEmpty() ? "/list has none yet"
                    : "snippets are numbered 1 to " + succeeded.size() + " (/list shows them)");
        }
        return "snippet " + digits + " is not in /list: " + session.with(s -> whyNotListed(s, succeeded.get(number - 1)));
    }

    /** Why {@code ran} is not listed: undefined, dropped, or what declared again each of its snippets. */
    private String whyNotListed(NnshSession s, Ran ran) {
        if (isLeftOut(s, ran)) {
            return "it uses something undefined";
        }
        if (ran.snippets().stream().allMatch(snippet -> s.jshell().status(snippet) == Snippet.Status.DROPPED)) {
            return "it was dropped";
        }
        return ran.snippets().stream()
                .map(snippet -> s.jshell().status(snippet) == Snippet.Status.DROPPED ? named(snippet) + " was dropped"
                        : named(snippet) + (snippet instanceof ImportSnippet ? " was imported again by " : " was declared again by ")
                        + replacer(snippet))
                .collect(Collectors.joining("; "));
    }

    /** {@code variable n}, {@code method f(int)}, {@code import java.util.*}. */
    private static String named(Snippet snippet) {
        if (snippet instanceof ImportSnippet) {
            ImportSnippet imported = (ImportSnippet) snippet;
            return "import " + (imported.isStatic() ? "static " : "") + imported.fullname();
        }
        return Feedback.describe((DeclarationSnippet) snippet);
    }

    /** {@code snippet 2}: the one of {@code /list} that declared {@code replaced} again; it may have failed instead. */
    private String replacer(Snippet replaced) {
        Snippet replacing = replacedBy.get(replaced);
        for (int number = 1; number <= succeeded.size(); number++) {
            if (succeeded.get(number - 1).snippets().contains(replacing)) {
                return "snippet " + number;
            }
        }
        return "a snippet that failed or was stopped";
    }

    /** Whether {@code /list} shows {@code ran}: not left out, and something it declared or did is still in the session. */
    private static boolean isListed(NnshSession s, Ran ran) {
        return !isLeftOut(s, ran) && ran.snippets().stream().anyMatch(snippet -> s.jshell().status(snippet).isActive());
    }

    /** Whether {@code /save} writes {@code ran} (see {@link #toSave}): not a declaration {@code /drop} removed, as jshell's. */
    private static boolean isSaved(NnshSession s, Ran ran) {
        return !isLeftOut(s, ran) && !ran.snippets().stream().allMatch(snippet -> s.jshell().status(snippet) == Snippet.Status.DROPPED);
    }

    /** The lines typed in this session, in order. */
    List<String> typed() {
        return typed;
    }

    /** The snippet run {@code back} snippets ago (1: the last), or null when fewer ran. */
    String snippetBack(int back) {
        return back >= 1 && back <= runSources.size() ? runSources.get(runSources.size() - back) : null;
    }

    /** Why no snippet ran {@code back} snippets ago (written {@code digits}, as {@code /-N} had it). */
    String notRunBack(int back, String digits) {
        int run = runSources.size();
        if (back == 0) {
            return "no snippet -" + digits + ": /-N counts back from /-1, the last snippet";
        }
        return "no snippet " + digits + " back: "
                + (run == 0 ? "no snippet has run yet" : "only " + run + (run == 1 ? " snippet" : " snippets") + " ran");
    }

    /** What {@link #succeeded} leaves out: {@code method g uses undefined method h()}, one per declaration. */
    List<String> leftOut() {
        return session.with(s -> succeeded.stream()
                .filter(ran -> isLeftOut(s, ran))
                .map(ran -> Failures.undefined(s.jshell(), (DeclarationSnippet) ran.snippet()))
                .distinct()
                .collect(Collectors.toList()));
    }

    /** Whether /save leaves {@code ran} out: a declaration undefined when it ran and still so (see {@link #toSave}). */
    private static boolean isLeftOut(NnshSession session, Ran ran) {
        Snippet snippet = ran.snippet();
        Snippet.Status status = session.jshell().status(snippet);
        return ran.unresolvedWhenRan() && snippet instanceof DeclarationSnippet
                && (status == Snippet.Status.RECOVERABLE_DEFINED || status == Snippet.Status.RECOVERABLE_NOT_DEFINED);
    }

    String lastTrace() {
        return lastTrace;
    }

    void forgetSession() {
        succeeded.clear();
        replayed.clear();
        replacedBy.clear();
        lastTrace = null;
        runSources.clear();
    }

    /** Flips per-snippet timing; returns the new setting. */
    boolean toggleTiming() {
        timing = !timing;
        return timing;
    }
}
