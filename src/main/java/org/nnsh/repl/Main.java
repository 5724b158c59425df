package org.nnsh.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.Signals;

/**
 * The {@code nnsh} command: {@code nnsh FILE.jsh [args]} runs a script, {@code nnsh -} runs one from
 * standard input, {@code --record} and {@code --check} keep scripts' {@link Transcript transcripts},
 * {@code nnsh} alone opens the interactive {@link Shell} (or, when standard input is not a terminal,
 * runs what it reads there as a script).
 */
public final class Main {
    static final String USAGE = String.join("\n",
            "usage: nnsh                  open the interactive shell; with standard input not a terminal, run it as a script",
            "       nnsh FILE.jsh [ARG…]  run a script; it sees its arguments as String[] args",
            "       nnsh - [ARG…]         run a script read from standard input",
            "       nnsh --record FILE.jsh…  run each script and write what it prints to FILE.jsh.out, and its exit code unless 0",
            "       nnsh --check FILE.jsh…   run each script again; exit 1 with a unified diff if its output or exit code changed",
            "       nnsh --help | --version",
            "A script stops at its first compile error or uncaught exception, printing FILE:LINE: message",
            "and exiting 1; /exit N (a number or an int expression) or System.exit(N) ends it with code N.");

    private Main() {
    }

    public static void main(String[] argv) throws IOException {
        // System.exit inside an in-process snippet ends this JVM: make sure what it printed gets out
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.flush();
            System.err.flush();
        }));
        System.exit(run(argv));
    }

    static int run(String[] argv) throws IOException {
        if (argv.length == 0) {
            return interactive();
        }
        List<String> scriptArgs = Arrays.asList(argv).subList(1, argv.length);
        switch (argv[0]) {
            case "--help":
            case "-h":
                System.out.println(USAGE);
                return 0;
            case "--version":
                System.out.println("nnsh " + version());
                return 0;
            case "--record":
                return new Transcript(System.out, System.err).record(paths(scriptArgs));
            case "--check":
                return new Transcript(System.out, System.err).check(paths(scriptArgs));
            case "-":
                return standardInput(scriptArgs);
            default:
                if (argv[0].startsWith("-")) {
                    System.err.println("nnsh: unknown option " + argv[0] + "\n" + USAGE);
                    return 2;
                }
                return runner().run(Path.of(argv[0]), scriptArgs);
        }
    }

    /** A runner on System.out and System.err, each in its own encoding (a console's, when it is one). */
    private static ScriptRunner runner() {
        return new ScriptRunner(System.out, consoleCharset("sun.stdout.encoding"), System.err, consoleCharset("sun.stderr.encoding"));
    }

    /**
     * The encoding System.out or System.err writes, as the JVM chose it from {@code property} (JDK 17's
     * PrintStream cannot say; JDK 18 added charset()).
     */
    private static Charset consoleCharset(String property) {
        String name = System.getProperty(property);
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    private static List<Path> paths(List<String> names) {
        return names.stream().map(Path::of).collect(Collectors.toList());
    }

    /** The version Maven recorded in the jar; classes outside a jar (tests, IDE) have none. */
    private static String version() throws IOException {
        try (InputStream in = Main.class.getResourceAsStream("/META-INF/maven/org.nnsh/nnsh/pom.properties")) {
            if (in == null) {
                return "(development build)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(unknown version)");
        }
    }

    /**
     * The shell on this terminal; without one (a pipe) there is no one typing, so standard input
     * runs as a script.
     */
    private static int interactive() throws IOException {
        if (System.console() == null) {
            return standardInput(List.of());
        }
        LiveSession session = LiveSession.startInBackground();
        // JNI first: the fastest to set up (the FFM provider needs JDK 22, exec runs stty)
        Terminal terminal = TerminalBuilder.builder().system(true).providers("jni,exec").build();
        if (Shell.isDumb(terminal)) {
            // a terminal JLine can only drive as dumb (TERM=dumb: Emacs' shell, IDE consoles) is still
            // a person typing: the shell, without line editing. Its tty sends Ctrl-C as SIGINT, which
            // would end the JVM and the session; pass it on as the Ctrl-C a smart terminal reads
            Signals.register("INT", () -> terminal.raise(Terminal.Signal.INT));
        }
        try (terminal) {
            return new Shell(terminal, ShellHome.dir(), session).run();
        }
    }

    private static int standardInput(List<String> scriptArgs) {
        // A decoder, not the charset: InputStreamReader(in, UTF_8) turns bytes that are not UTF-8 (a Latin-1
        // "café") into U+FFFD silently, where a script file read as UTF-8 is refused as not UTF-8 text.
        return runner().runPiped(ScriptRunner.STDIN_NAME, new InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder()), scriptArgs);
    }
}
