package org.nnsh.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The {@code nnsh} command: {@code nnsh FILE.jsh [args]} runs a script, {@code nnsh -} runs one from
 * standard input, {@code --record} and {@code --check} keep scripts' {@link Transcript transcripts},
 * {@code nnsh} alone opens stock jshell with nnsh preloaded.
 */
public final class Main {
    static final String USAGE = String.join("\n",
            "usage: nnsh                  open an interactive shell (stock jshell with nnsh preloaded)",
            "       nnsh FILE.jsh [ARG…]  run a script; it sees its arguments as String[] args",
            "       nnsh - [ARG…]         run a script read from standard input",
            "       nnsh --record FILE.jsh…  run each script and write what it prints to FILE.jsh.out",
            "       nnsh --check FILE.jsh…   run each script again; exit 1 with a unified diff if its output changed",
            "       nnsh --help | --version",
            "A script stops at its first compile error or uncaught exception, printing FILE:LINE: message",
            "and exiting 1; /exit N or System.exit(N) ends it with code N.");

    private Main() {
    }

    public static void main(String[] argv) throws IOException, InterruptedException {
        // System.exit inside an in-process snippet ends this JVM: make sure what it printed gets out
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.flush();
            System.err.flush();
        }));
        System.exit(run(argv));
    }

    static int run(String[] argv) throws IOException, InterruptedException {
        if (argv.length == 0) {
            return stockJShell();
        }
        List<String> scriptArgs = Arrays.asList(argv).subList(1, argv.length);
        ScriptRunner runner = new ScriptRunner(System.out, System.err);
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
                return runner.run(ScriptRunner.STDIN_NAME, new InputStreamReader(System.in, StandardCharsets.UTF_8),
                        scriptArgs);
            default:
                if (argv[0].startsWith("-")) {
                    System.err.println("nnsh: unknown option " + argv[0] + "\n" + USAGE);
                    return 2;
                }
                return runner.run(Path.of(argv[0]), scriptArgs);
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

    /** Until nnsh has its own terminal front end: stock jshell with the nnsh jar and startup. */
    private static int stockJShell() throws IOException, InterruptedException {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        if (!Files.isExecutable(jshell)) {
            System.err.println("nnsh: no jshell at " + jshell + "; the interactive shell needs a full JDK 17+");
            return 1;
        }
        Path startup = Files.createTempFile("nnsh-startup", ".jsh");
        startup.toFile().deleteOnExit();
        Files.writeString(startup, NnshSession.startupText());
        Process process = new ProcessBuilder(jshell.toString(), "--class-path", ownClassPath(),
                "--startup", "DEFAULT", "--startup", startup.toString())
                .inheritIO()
                .start();
        return process.waitFor();
    }

    private static String ownClassPath() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            return System.getProperty("java.class.path");
        }
    }
}
