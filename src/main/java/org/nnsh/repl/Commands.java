package org.nnsh.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import org.nnsh.io.AtomicFile;
import org.nnsh.tensor.Matrix;

/** The shell's {@code /commands}. */
final class Commands {
    /** Each command with what it does, in the order {@code /help} lists them. */
    static final List<String[]> TABLE = List.of(
            new String[] {"/help [COMMAND]", "this help, or the line of COMMAND (/help /list)"},
            new String[] {"/doc NAME", "what NAME does: formula, derivative, numpy / Keras / PyTorch equivalent"},
            new String[] {"/vars [NAME|N]", "the variables, their types and values (a Matrix by its shape); Ctrl-C stops a slow one"},
            new String[] {"/methods [NAME|N]", "the methods declared, by signature: double f(double)"},
            new String[] {"/types [NAME|N]", "the classes, interfaces, records and enums declared"},
            new String[] {"/list [NAME|N|-all]", "the snippets still in the session, numbered (not those dropped or declared again);"
                    + " -all: those too, each with why /list leaves it out"},
            new String[] {"/drop NAME|N…", "remove variables, methods or types by name, or snippets N of /list (/drop x f 3)"},
            new String[] {"/history", "the lines typed in this session"},
            new String[] {"/!", "run the last snippet again"},
            new String[] {"/N", "run snippet N of /list again"},
            new String[] {"/-N", "run the snippet N back again (/-1 is /!)"},
            new String[] {"/imports", "the active imports"},
            new String[] {"/open FILE.jsh", "run a script's snippets in this session"},
            new String[] {"/save FILE.jsh", "write this session's successful snippets as a replayable script"},
            new String[] {"/reset", "start over: a fresh session with the preload"},
            new String[] {"/time", "show each snippet's time, or stop showing it"},
            new String[] {"/trace", "the full stack trace of the last exception"},
            new String[] {"/exit [CODE]", "leave nnsh (Ctrl-D too), with exit code CODE, 0-255 (0): a number or an int expression"});
    /**
     * What {@code /help} says under the table of the commands that take {@code [NAME|N]}, as jshell's
     * {@code /vars x} and {@code /vars 3} mean it (see {@link SnippetChoice}).
     */
    static final String CHOOSING = "NAME|N: only those named NAME, or of snippet N of /list; several may follow (/vars x y 3).";
    /** The commands by name, for abbreviations and completion: not {@code /N} and {@code /-N}, whose N is a number. */
    static final List<String> NAMES = TABLE.stream().map(Commands::command)
            .filter(name -> !name.endsWith("N")).collect(Collectors.toList());
    /**
     * Abbreviations that named one command before another began with the same letter ({@code /drop},
     * {@code /history}) and keep naming it, so that a habit does not turn into "unknown command".
     */
    private static final Map<String, String> KEPT_ABBREVIATIONS = Map.of("/d", "/doc", "/h", "/help", "/?", "/help");
    /**
     * jshell's commands that nnsh does not have, with what to do instead. They count when a command is
     * shortened, as in jshell: {@code /e} (jshell's {@code /edit}, {@code /env} or {@code /exit}) ended the
     * session, and {@code /r} or {@code /re}, meant as {@code /reload}, reset it.
     */
    static final Map<String, String> JSHELL_ONLY = Map.of(
            "/edit", "edit a snippet on the line (Ctrl-R finds one typed before; /N runs snippet N again)",
            "/env", "the class path is nnsh's own, set when it starts",
            "/reload", "/save FILE.jsh, /reset and /open FILE.jsh replay a session",
            "/set", "the prompt, feedback and editor are nnsh's own; /time shows each snippet's time");
    static final String KEYS = String.join("\n",
            "Keys: Tab completes (after `softmax(` it shows the signature); Ctrl-R searches history;",
            "Ctrl-C stops a running snippet or clears the line; Ctrl-D leaves; Emacs editing keys.",
            "An unfinished snippet (an open brace or parenthesis) continues on the next line.");

    /** The commands that take nothing after them; jshell refuses most such words, and ignores those after /imports. */
    private static final List<String> NO_ARGUMENTS = List.of("/history", "/imports", "/reset", "/time", "/trace");

    private final Shell shell;

    Commands(Shell shell) {
        this.shell = shell;
    }

    /** Runs one command line; returns the exit code when the shell should end, else null. */
    Integer run(String line) {
        String[] words = line.strip().split("\\s+", 2);
        String argument = words.length > 1 ? words[1].strip() : "";
        if (isRerun(words[0])) {
            rerun(words[0], argument, result -> Shell.Where.PROMPT);
            return null;
        }
        String command = name(words[0]);
        if (refused(command, argument, "")) {
            return null;
        }
        switch (command) {
            case "/help":
                help(argument);
                return null;
            case "/doc":
                doc(argument);
                return null;
            case "/vars":
                vars(argument);
                return null;
            case "/methods":
                shell.say(shell.session().with(session -> SessionDeclarations.methods(session, argument, shell)));
                return null;
            case "/types":
                shell.say(shell.session().with(session -> SessionDeclarations.types(session, argument, shell)));
                return null;
            case "/list":
                list(argument);
                return null;
            case "/drop":
                shell.say(shell.session().with(session -> SessionDeclarations.drop(session, argument, shell)));
                return null;
            case "/history":
                shell.say(String.join("\n", shell.typed()));
                return null;
            case "/imports":
                shell.say(shell.session().with(Commands::imports));
                return null;
            case "/open":
                return open(argument);
            case "/save":
                save(argument);
                return null;
            case "/reset":
                shell.session().reset();
                shell.forgetSession();
                shell.say(Messages.RESET);
                return null;
            case "/time":
                shell.say(Messages.timing(shell.toggleTiming()));
                return null;
            case "/trace":
                shell.say(shell.lastTrace() == null ? Messages.NO_TRACE : shell.lastTrace());
                return null;
            case "/exit":
                return exit(argument);
            default:
                shell.say(JSHELL_ONLY.containsKey(command) ? Messages.jshellOnly(command, JSHELL_ONLY.get(command))
                        : Messages.unknownCommand(words[0]));
                return null;
        }
    }

    /**
     * Whether {@code command} takes nothing after it but got {@code argument}: then it says so, after
     * {@code where} (an {@code /open}-ed file's line), and is not run. Those words were ignored, so
     * {@code /reset x} seemed to have done something with the x.
     */
    private boolean refused(String command, String argument, String where) {
        if (!NO_ARGUMENTS.contains(command) || argument.isEmpty()) {
            return false;
        }
        shell.say(where + Messages.noArguments(command, argument, usage(command)));
        return true;
    }

    /**
     * The command {@code word} names: itself, or the one command it begins, as jshell takes
     * {@code /l} for {@code /list} and {@code /ex} for {@code /exit}. A word that begins several
     * ({@code /t}: {@code /time} and {@code /trace}; {@code /e}: {@code /exit} and jshell's {@code /edit}
     * and {@code /env}) or none stays as it is, an unknown command.
     */
    static String name(String word) {
        if (NAMES.contains(word) || word.length() < 2) {
            return word;
        }
        if (KEPT_ABBREVIATIONS.containsKey(word)) {
            return KEPT_ABBREVIATIONS.get(word);
        }
        List<String> begun = Stream.concat(NAMES.stream(), JSHELL_ONLY.keySet().stream())
                .filter(n -> n.startsWith(word)).collect(Collectors.toList());
        return begun.size() == 1 ? begun.get(0) : word;
    }

    /**
     * The whole help, or with an {@code argument} (a command, as typed or shortened, with or without
     * its slash) the lines of the commands it names: {@code /help /t} those of {@code /types},
     * {@code /time} and {@code /trace}, as jshell's {@code /help} does.
     */
    private void help(String argument) {
        if (argument.isEmpty()) {
            shell.say("Commands:\n" + rows(TABLE) + KEYS + "\n\n" + VocabularyHelp.text());
            return;
        }
        String command = name(argument.startsWith("/") ? argument : "/" + argument);
        List<String[]> rows = TABLE.stream().filter(row -> command(row).equals(command)).collect(Collectors.toList());
        if (rows.isEmpty()) {
            rows = TABLE.stream().filter(row -> command(row).startsWith(command)).collect(Collectors.toList());
        }
        shell.say(!rows.isEmpty() ? rows(rows).stripTrailing()
                : JSHELL_ONLY.containsKey(command) ? Messages.jshellOnly(command, JSHELL_ONLY.get(command)) : Messages.noHelp(argument));
    }

    /** The {@code rows} of {@link #TABLE} as {@code /help} lays them out, with what NAME|N means under them when one takes it. */
    private static String rows(List<String[]> rows) {
        int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            text.append("  ").append(pad(row[0], width)).append("  ").append(row[1]).append('\n');
        }
        if (rows.stream().anyMatch(row -> row[0].contains("[NAME|N"))) {
            text.append("  ").append(CHOOSING).append('\n');
        }
        return text.toString();
    }

    /** {@code /vars} of a row of {@link #TABLE} {@code /vars [NAME|N]}: the command, without what it takes. */
    private static String command(String[] row) {
        return row[0].split(" ")[0];
    }

    private void doc(String argument) {
        // `/doc softmax(` or `/doc softmax()`, as typed in a snippet, asks about softmax
        String name = argument.replaceFirst("\\(.*$", "").strip();
        if (name.isEmpty()) {
            shell.say(Messages.usage(Messages.DOC_USAGE));
            return;
        }
        shell.say(Docs.find(name).map(Docs.Doc::text).orElseGet(() -> Messages.noDoc(name, Docs.closeNames(name))));
    }

    /**
     * The variables, or those {@code argument} names ({@link SnippetChoice}), a line each as its value is
     * shown, so that one whose {@code toString()} does not return is the one after the last line; Ctrl-C
     * stops it there, and says so.
     */
    private void vars(String argument) {
        shell.evaluating(() -> shell.session().with(session -> {
            JShell jshell = session.jshell();
            SnippetChoice<VarSnippet> choice = SnippetChoice.of("/vars", "variable", jshell.variables()
                    .filter(v -> jshell.status(v) == Snippet.Status.VALID)
                    .collect(Collectors.toList()), argument, shell);
            List<VarSnippet> variables = choice.chosen();
            if (choice.problem() != null || variables.isEmpty()) {
                shell.say(choice.problem() != null ? choice.problem() : Messages.NO_VARIABLES);
                return null;
            }
            int nameWidth = variables.stream().mapToInt(v -> v.name().length()).max().orElse(0);
            int typeWidth = variables.stream().mapToInt(v -> v.typeName().length()).max().orElse(0);
            for (int i = 0; i < variables.size(); i++) {
                VarSnippet variable = variables.get(i);
                Optional<String> value = value(session, variable);
                if (value.isEmpty()) {
                    shell.say(Messages.varsStopped(variable.name(), variables.size() - i - 1));
                    return null;
                }
                shell.say("  " + pad(variable.name(), nameWidth) + "  " + pad(variable.typeName(), typeWidth) + "  " + value.get());
            }
            return null;
        }));
    }

    /**
     * A variable's value on one line: a Matrix by its shape, anything else as jshell prints it, cut
     * short; empty when Ctrl-C stopped its {@code toString()}.
     */
    private static Optional<String> value(NnshSession session, VarSnippet variable) {
        Object value = session.valueOf(variable);
        if (value instanceof Matrix) {
            return Optional.of(Feedback.shape((Matrix) value));
        }
        return session.valueText(variable).map(text -> Feedback.shortened(text.replace("\n", " "), 60));
    }

    /**
     * The snippets still in the session, or those {@code argument} names ({@link SnippetChoice}: the
     * snippets declaring NAME, snippet N), or with {@code -all} every one that ran, each left out marked
     * with why; by their numbers, in jshell's {@code /list} layout, continuation lines indented.
     */
    private void list(String argument) {
        String[] words = argument.split("\\s+", 2);
        if (words[0].equals("-all")) {
            if (words.length > 1) {
                shell.say(Messages.noArguments("/list -all", words[1], usage("/list")));
                return;
            }
            StringBuilder text = new StringBuilder();
            for (Shell.Numbered snippet : shell.numbered()) {
                String note = snippet.whyNotListed() == null ? "" : "\n(not in /list: " + snippet.whyNotListed() + ")";
                listing(text, snippet.number(), snippet.source() + note);
            }
            shell.say(text.length() == 0 ? Messages.NO_SNIPPETS : text.toString());
            return;
        }
        List<Shell.Listed> listed = shell.listed();
        SnippetChoice<Snippet> choice = SnippetChoice.of("/list", "declaration",
                listed.stream().flatMap(snippet -> snippet.active().stream()).collect(Collectors.toList()), argument, shell);
        if (choice.problem() != null) {
            shell.say(choice.problem());
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Shell.Listed snippet : listed) {
            if (snippet.active().stream().anyMatch(choice.chosen()::contains)) {
                listing(text, snippet.number(), snippet.source());
            }
        }
        shell.say(text.length() == 0 ? Messages.NO_SNIPPETS : text.toString());
    }

    /** Appends snippet {@code number} to {@code text} as {@code /list} shows it, from a line of its own, its lines after the first indented. */
    private static void listing(StringBuilder text, int number, String lines) {
        String numbered = String.format("%4d : ", number);
        text.append(text.length() == 0 ? "" : "\n").append(numbered).append(lines.replace("\n", "\n" + " ".repeat(numbered.length())));
    }

    /** Whether {@code word} runs a snippet again: {@code /!}, {@code /N} or {@code /-N}. */
    static boolean isRerun(String word) {
        return word.equals("/!") || word.matches("/-?\\d+");
    }

    /**
     * jshell's {@code /!}, {@code /N} and {@code /-N}: the last snippet, snippet N of {@code /list},
     * or the snippet run N snippets ago, failed or not (so {@code /-1} is {@code /!}); false when
     * there is none, or it failed or was stopped, which stops an {@code /open}-ed file as a failed
     * snippet does. {@code where} says where a failure is, as for {@link Shell#evaluate}. Words after
     * the command ({@code /1 int z = 3}) run nothing but a usage message, as jshell refuses them: run
     * silently, they looked like a snippet that ran.
     */
    private boolean rerun(String command, String argument, Function<Evaluation, Shell.Where> where) {
        if (!argument.isEmpty()) {
            String name = command.equals("/!") ? "/!" : command.startsWith("/-") ? "/-N" : "/N";
            shell.say(where.apply(null).prefix() + Messages.noArguments(command, argument, usage(name)));
            return false;
        }
        if (command.equals("/!")) {
            return runAgain(shell.snippetBack(1), Messages.NO_SNIPPET_TO_RERUN, where);
        }
        boolean back = command.startsWith("/-");
        String digits = command.substring(back ? 2 : 1);
        int n = snippetNumber(digits);
        if (back) {
            String source = shell.snippetBack(n);
            return runAgain(source, source == null ? shell.notRunBack(n, digits) : null, where);
        }
        Shell.Listed listed = shell.listed(n);
        return runAgain(listed == null ? null : listed.source(), listed == null ? shell.notListed(n, digits) : null, where);
    }

    /**
     * The snippet number {@code digits} names, for {@code /N}, {@code /-N} and {@code /drop N}: more
     * digits than an int holds is a number past the end, not a NumberFormatException; leading zeros
     * do not count ({@code /0000000001} is {@code /1}, as {@code /01} is).
     */
    static int snippetNumber(String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        return significant.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(significant);
    }

    /** Shows {@code source} and runs it again, or says {@code missing} when there is no such snippet (null). */
    private boolean runAgain(String source, String missing, Function<Evaluation, Shell.Where> where) {
        if (source == null) {
            shell.say(where.apply(null).prefix() + missing);
            return false;
        }
        shell.say(source.strip());
        return shell.evaluate(source, where);
    }

    private static String imports(NnshSession session) {
        return session.jshell().imports()
                .filter(i -> session.jshell().status(i).isActive())
                .map(i -> "import " + (i.isStatic() ? "static " : "") + i.fullname() + ";")
                .collect(Collectors.joining("\n"));
    }

    /** Runs a script's pieces here until the first failure; returns the exit code when it says {@code /exit}. */
    private Integer open(String file) {
        return open(file, "", new OpenChain(), new ScriptLines()).exitCode();
    }

    /** How an {@code /open} ended: failed (then an {@code /open} around it stops too), or with an exit code. */
    private record Opened(boolean failed, Integer exitCode) {
    }

    /**
     * Runs {@code file}'s pieces until the first failure, which is reported as {@code file:line:};
     * {@code where} goes in front of a message about the file itself (the line of an enclosing
     * {@code /open}). A nested {@code /open} that fails stops this one, as its snippet would; it shares
     * {@code lines}, so a method declared in one file that throws when another calls it names its own file's line.
     */
    private Opened open(String quotedOrNot, String where, OpenChain chain, ScriptLines lines) {
        String file = unquoted(quotedOrNot);
        if (file.isEmpty()) {
            shell.say(where + Messages.usage("/open FILE.jsh"));
            return new Opened(true, null);
        }
        String cycle = chain.cycle(file);
        if (cycle != null) {
            shell.say(where + cycle);
            return new Opened(true, null);
        }
        try (BufferedReader in = Files.newBufferedReader(path(file), StandardCharsets.UTF_8)) {
            chain.enter(file);
            try {
                return openedPieces(file, in, chain, lines);
            } finally {
                chain.leave();
            }
        } catch (IOException e) {
            shell.say(where + Messages.cannotRead(file, Messages.reason(e)));
        } catch (UncheckedIOException e) {
            shell.say(where + Messages.cannotRead(file, Messages.reason(e.getCause())));
        }
        return new Opened(true, null);
    }

    /** The pieces of an open file, run until the first failure. */
    private Opened openedPieces(String file, BufferedReader in, OpenChain chain, ScriptLines lines) {
        // the session is held for the whole file (one thread owns it); each piece asks for the live
        // one, as a /reset in the file replaces it
        return shell.session().with(held -> {
            SourceSplitter splitter = new SourceSplitter(() -> shell.session().with(NnshSession::analysis), in);
            for (SourceSplitter.Piece piece = Shell.next(splitter); piece != null; piece = Shell.next(splitter)) {
                if (piece.command()) {
                    String[] words = piece.text().split("\\s+", 2);
                    String argument = words.length > 1 ? words[1].strip() : "";
                    String command = name(words[0]);
                    // a failed /exit or run again stops the file, as a failed snippet does (the file ran on past
                    // them), and so does a command refused for words after it (/reset x did not reset);
                    // a snippet run again is not the file's, so its failure is named at the command's line
                    Shell.Where here = new Shell.Where(file + ":" + piece.line() + ": ", null);
                    Opened inner = command.equals("/open") ? open(argument, here.prefix(), chain, lines)
                            : command.equals("/exit") ? exit(argument, lines, new ScriptLines.Location(file, piece.line()))
                            : isRerun(command) ? new Opened(!rerun(command, argument, result -> here), null)
                            : refused(command, argument, here.prefix()) ? new Opened(true, null)
                            : new Opened(false, run(piece.text()));
                    if (inner.failed() || inner.exitCode() != null) {
                        return inner;
                    }
                } else {
                    SourceSplitter.Piece snippet = piece;
                    if (!shell.evaluate(snippet.text(), result -> where(shell.session().with(NnshSession::jshell), file, lines, snippet, result))) {
                        return new Opened(true, null);
                    }
                }
            }
            return new Opened(false, null);
        });
    }

    /**
     * The path a command names, with a leading {@code ~} meaning the home directory as in jshell's
     * {@code /open} and {@code /save} (Java itself takes {@code ~} literally), and quotes around it dropped.
     */
    static Path path(String name) {
        name = unquoted(name);
        if (name.equals("~") || name.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + name.substring(1));
        }
        return Path.of(name);
    }

    /** The name without the quotes around it, as in a shell or jshell, for a name with blanks: {@code /open "my runs/a.jsh"}. */
    static String unquoted(String name) {
        boolean quoted = name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'') && name.endsWith(name.substring(0, 1));
        return quoted ? name.substring(1, name.length() - 1) : name;
    }

    /**
     * {@code file:line: } of the piece's failure, its frames mapped to the file's lines as the script
     * runner maps them, and as it does, the piece's line that called a method or lambda declared
     * elsewhere that threw ({@code lib.jsh:3: … (called at main.jsh:4)}).
     */
    private static Shell.Where where(JShell jshell, String file, ScriptLines lines, SourceSplitter.Piece piece, Evaluation result) {
        if (result == null) {
            // JShell failed on the snippet and gave no result
            return new Shell.Where(file + ":" + piece.line() + ": ", null);
        }
        if (result.snippet() != null) {
            result.snippets().forEach(snippet -> lines.started(snippet, file, piece.line()));
        }
        ScriptLines.Location failure = lines.failure(file, piece, result);
        ScriptLines.Location start = new ScriptLines.Location(file, piece.line());
        ScriptLines.Location waiting = result.errors().isEmpty() ? null
                : Failures.waitingFor(jshell, result.errors().get(0)).map(lines::startOf).orElse(null);
        if (waiting != null) {
            // a use of a declaration that waits for a name it uses is named at the declaration, as a script run names it
            return new Shell.Where(waiting + ": ", failure);
        }
        // a method that uses an undefined name is named where it was declared, and called by the piece itself
        ScriptLines.Location call = result.exception() == null ? null
                : result.exception() instanceof UnresolvedReferenceException ? start
                : lines.calledFrom(result.exception(), result.snippets(), start);
        return new Shell.Where(failure + ": ", call == null || call.equals(failure) ? null : call);
    }

    private void save(String file) {
        if (file.isEmpty()) {
            shell.say(Messages.usage("/save FILE.jsh"));
            return;
        }
        if (file.startsWith("-")) {
            // jshell's /save -all FILE would otherwise write a file named "-all FILE"
            shell.say(Messages.noOptions("/save", file.split("\\s+")[0]) + "; " + Messages.usage("/save FILE.jsh"));
            return;
        }
        if (unquoted(file).equals(file) && file.matches(".*\\s.*")) {
            // /save a.jsh 3 wrote a file named "a.jsh 3", and said that scripts/nnsh a.jsh 3 replays it
            shell.say(Messages.oneFileName("/save", file) + "; " + Messages.usage("/save FILE.jsh"));
            return;
        }
        List<String> snippets = shell.toSave();
        try {
            // atomically, as a saved net: a full disk must not leave half a script over the last good one
            AtomicFile.write(path(file), ByteBuffer.wrap(snippets.stream().map(s -> s + "\n").collect(Collectors.joining())
                    .getBytes(StandardCharsets.UTF_8)));
            List<String> leftOut = shell.leftOut();
            // what /save writes beyond /list: declarations that later ones replaced, and what declarations that threw declared
            int afterThrowing = shell.savedAfterThrowing();
            int replaced = snippets.size() - shell.listed().size() - afterThrowing;
            shell.say(Messages.saved(snippets.size(), file)
                    + (replaced == 0 ? "" : "\n" + Messages.replacedSaved(replaced))
                    + (afterThrowing == 0 ? "" : "\n" + Messages.threwSaved(afterThrowing))
                    + (leftOut.isEmpty() ? "" : "\n" + Messages.leftOut(leftOut)));
        } catch (IOException e) {
            shell.say(Messages.cannotWrite(file, Messages.writeReason(path(file), e)));
        }
    }

    private Integer exit(String argument) {
        return exit(argument, null, null).exitCode();
    }

    /**
     * {@code /exit ARGUMENT}, typed or on line {@code at} of an {@code /open}-ed file (null when typed),
     * whose failure is then named as the script runner names it: that line, or the line of the file's
     * method that threw with {@code (called at …)}; failed when it gives no exit code.
     */
    private Opened exit(String argument, ScriptLines lines, ScriptLines.Location at) {
        if (argument.isEmpty()) {
            return new Opened(false, 0);
        }
        ExitArgument exit = shell.evaluating(() -> shell.session().with(session -> ExitArgument.of(session, argument)));
        if (exit.code() != null) {
            return new Opened(false, exit.code());
        }
        String where = at == null ? "" : at + ": ";
        Evaluation failure = exit.failure();
        if (failure == null) {
            // a stop by Ctrl-C goes on a line of its own, after the ^C the terminal echoed (say sees to it)
            shell.say(where + exit.problem());
        } else if (!failure.errors().isEmpty()) {
            shell.say(where + Messages.error(Failures.compileError(argument, failure.errors().get(0))));
        } else {
            String message = Failures.withCauses(failure.exception());
            ScriptLines.Location thrown = at == null ? null : lines.thrownAt(failure.exception(), at);
            shell.say(thrown == null || thrown.equals(at) ? where + message : thrown + ": " + Failures.calledAt(message, at));
        }
        return new Opened(true, null);
    }

    /**
     * The exit code {@code text} names, or null unless it is 0–255: the system keeps only the low
     * byte, so {@code /exit 256} would end with 0, a success.
     */
    static Integer exitCode(String text) {
        try {
            int code = Integer.parseInt(text);
            return code >= 0 && code <= 255 ? code : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * {@code /vars [NAME|N]: the variables, …}: the command {@code name} of {@link #TABLE}, what it takes,
     * and what it does, as {@link Messages#DROP_USAGE} says it (with "to" between, /imports to the active
     * imports read wrong).
     */
    static String usage(String name) {
        return TABLE.stream().filter(row -> command(row).equals(name)).map(row -> row[0] + ": " + row[1]).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no command " + name + " in the table"));
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
