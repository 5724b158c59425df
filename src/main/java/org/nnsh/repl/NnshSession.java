package org.nnsh.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;

/**
 * One JShell with nnsh preloaded, running snippets in this JVM so their values are the host's own
 * objects. Shared by the script runner and the interactive shell.
 *
 * <p>Not thread-safe: one thread owns the session and calls everything except {@link #stop()},
 * which any thread may call (Ctrl-C). The nnsh jar must be on this JVM's class path.
 */
public final class NnshSession implements AutoCloseable {
    /** The imports of jshell's DEFAULT startup. */
    static final List<String> DEFAULT_IMPORTS = List.of(
            "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.util.*",
            "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*", "java.util.regex.*",
            "java.util.stream.*");
    /** The nnsh startup, copied into the jar from jshell-startup/nnsh.jsh by the build. */
    static final String STARTUP_RESOURCE = "nnsh.jsh";

    /**
     * The group of the thread that evaluates snippets. JShell's local engine runs each snippet in a
     * child group of the evaluating thread's, so the user's own threads end up under this one too.
     */
    private static final ThreadGroup SNIPPET_THREADS = new UserThreadGroup();

    private final InProcessExecution execution = new InProcessExecution();
    /** The thread that calls {@link JShell#eval}, so that snippet code runs under {@link #SNIPPET_THREADS}. */
    private final ExecutorService evaluator = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(SNIPPET_THREADS, task, "nnsh-eval");
        thread.setDaemon(true);
        return thread;
    });
    private final JShell jshell;
    private final SnippetStopper stopper;

    private NnshSession() {
        jshell = JShell.builder()
                .executionEngine(execution, null)
                .compilerOptions("-classpath", System.getProperty("java.class.path"))
                .build();
        stopper = new SnippetStopper(jshell, execution);
    }

    /**
     * A new session with the DEFAULT imports and the nnsh startup evaluated.
     *
     * @throws IllegalStateException when a startup snippet fails: the nnsh installation is broken
     */
    public static NnshSession start() {
        NnshSession session = new NnshSession();
        try {
            for (String imported : DEFAULT_IMPORTS) {
                session.preload("import " + imported + ";", "DEFAULT", 1);
            }
            session.preloadStartupFile();
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** The nnsh startup file's text, as shipped in the jar. */
    public static String startupText() {
        try (InputStream in = NnshSession.class.getResourceAsStream(STARTUP_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("nnsh startup: resource org/nnsh/repl/" + STARTUP_RESOURCE
                        + " is missing from the class path; rebuild with mvn -B package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void preloadStartupFile() {
        SourceSplitter splitter = new SourceSplitter(this::analysis,
                new BufferedReader(new StringReader(startupText())));
        try {
            for (SourceSplitter.Piece piece = splitter.next(); piece != null; piece = splitter.next()) {
                preload(piece.text(), "jshell-startup/" + STARTUP_RESOURCE, piece.line());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void preload(String source, String file, int line) {
        Evaluation result = eval(source);
        if (result.failed() || result.unresolved()) {
            String why = result.errors().isEmpty()
                    ? String.valueOf(result.exception() != null ? result.exception() : result.status())
                    : result.errors().get(0).getMessage(Locale.ROOT);
            throw new IllegalStateException("nnsh startup: " + file + ":" + line + ": " + why + ": " + source.strip());
        }
    }

    /**
     * Evaluates one snippet (pass exactly one: JShell drops all but the first of several, and a
     * source starting with a newline gets wrong line numbers).
     *
     * @throws SnippetCrash when JShell itself fails on the snippet (javac's stack overflows)
     */
    public Evaluation eval(String snippetSource) {
        stopper.evaluationStarted();
        List<SnippetEvent> events;
        SnippetStopper.Ending ending;
        try {
            events = onEvaluator(() -> jshell.eval(snippetSource));
        } catch (RuntimeException | StackOverflowError e) {
            // thrown by JShell or javac, not by the snippet (whose exceptions come back as events)
            throw new SnippetCrash(e);
        } finally {
            ending = stopper.evaluationEnded();
        }
        return evaluation(events, ending != SnippetStopper.Ending.COMPLETED, ending == SnippetStopper.Ending.FORCED);
    }

    /**
     * What JShell's events for one source say: the event of each snippet the source made (a variable
     * each in {@code int a = 1, b = 2}), with the events of the other snippets it changed as updates.
     */
    private Evaluation evaluation(List<SnippetEvent> events, boolean interrupted, boolean stopped) {
        List<SnippetEvent> updates = events.stream().filter(e -> e.causeSnippet() != null).collect(Collectors.toList());
        List<Evaluation> declared = new ArrayList<>();
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null) {
                Snippet snippet = event.snippet();
                List<Diag> errors = jshell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
                declared.add(new Evaluation(snippet, event.status(), event.previousStatus(), event.value(), event.exception(),
                        errors, interrupted, stopped, event.isSignatureChange(), updates, List.of()));
            }
        }
        if (declared.isEmpty()) {
            return new Evaluation(null, Snippet.Status.NONEXISTENT, Snippet.Status.NONEXISTENT, null, null, List.of(),
                    interrupted, stopped, false, List.of(), List.of());
        }
        // int a = 1, b = "s" is a snippet per variable: the first that failed is the snippet's failure
        // (reporting the first, a's, let the error pass, and a script ran on past it)
        Evaluation main = declared.stream().filter(Evaluation::failed).findFirst().orElse(declared.get(0));
        List<Evaluation> others = new ArrayList<>(declared);
        others.remove(main);
        return main.withFollowing(others);
    }

    /** Runs {@code work} on the evaluator thread and waits for it, rethrowing what it threw. */
    private <T> T onEvaluator(Callable<T> work) {
        Future<T> result = evaluator.submit(work);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    // the snippet runs to its end or its stop either way; keep the flag for the caller
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException) {
                        throw (RuntimeException) cause;
                    }
                    if (cause instanceof Error) {
                        throw (Error) cause;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The object behind a variable or an expression's value ({@code $N} temporaries included), or
     * null when the snippet has no value (then check {@link Evaluation#valueText()}).
     */
    public Object valueOf(Snippet snippet) {
        VarSnippet variable = null;
        if (snippet instanceof VarSnippet) {
            variable = (VarSnippet) snippet;
        } else if (snippet instanceof ExpressionSnippet) {
            // an expression naming a variable (or assigning one) is not a temporary: read the variable
            String name = ((ExpressionSnippet) snippet).name();
            variable = jshell.variables().filter(v -> v.name().equals(name)).reduce((a, b) -> b).orElse(null);
        }
        if (variable == null || !jshell.status(variable).isActive()) {
            return null;
        }
        execution.objectsOnly(true);
        try {
            jshell.varValue(variable);
        } finally {
            execution.objectsOnly(false);
        }
        return execution.lastValue();
    }

    /**
     * A variable's value as jshell shows it ({@code /vars}), or empty when {@link #stop()} was called
     * while its {@code toString()} ran: it is interrupted, and stopped by force half a second later
     * as a snippet is. A {@code toString()} that throws gives a note saying so in place of the value.
     */
    public Optional<String> valueText(VarSnippet variable) {
        stopper.evaluationStarted();
        String text;
        SnippetStopper.Ending ending;
        try {
            // on the evaluator, so that the toString() runs under the snippets' thread group as snippet code does
            text = onEvaluator(() -> jshell.varValue(variable));
        } finally {
            ending = stopper.evaluationEnded();
        }
        return ending == SnippetStopper.Ending.COMPLETED ? Optional.of(text) : Optional.empty();
    }

    /** The JShell itself, for completion, documentation and snippet queries. */
    public JShell jshell() {
        return jshell;
    }

    public SourceCodeAnalysis analysis() {
        return jshell.sourceCodeAnalysis();
    }

    /**
     * Stops the running snippet (any thread may call this, Ctrl-C's handler does): interrupts it,
     * and ends it by force if it has not ended half a second later. A snippet that ends by itself
     * (a fit returns its history) reports as usual, with {@link Evaluation#interrupted()}; one ended
     * by force reports {@link Evaluation#stopped()} too, since JShell raises nothing for that.
     */
    public void stop() {
        stopper.stop();
    }

    @Override
    public void close() {
        stopper.close();
        jshell.close();
        evaluator.shutdown();
    }

    /**
     * Prints an exception a user's thread did not catch, as the JVM does without a default handler.
     * JShell's local engine sets a default handler for each snippet that keeps only what it needs
     * to report the snippet (reflection failures, the ThreadDeath of a stop) and drops the rest, so
     * {@code new Thread(() -> { throw ... }).start()} would fail silently; stock jshell's remote
     * agent prints {@code Exception in thread "Thread-0" ...}.
     */
    private static final class UserThreadGroup extends ThreadGroup {
        UserThreadGroup() {
            super("nnsh snippets");
        }

        @Override
        public void uncaughtException(Thread thread, Throwable exception) {
            if (exception instanceof ThreadDeath || exception instanceof ReflectiveOperationException) {
                super.uncaughtException(thread, exception);
                return;
            }
            // System.err is the session's error output: the terminal in the shell, err for a script
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            exception.printStackTrace(System.err);
            System.err.flush();
        }
    }
}
