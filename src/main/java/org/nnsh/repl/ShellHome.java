package org.nnsh.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shell keeps its files: {@code ~/.nnsh}, or the directory named by {@code nnsh.home} / {@code NNSH_HOME}. */
final class ShellHome {
    static final String PROPERTY = "nnsh.home";
    static final String VARIABLE = "NNSH_HOME";

    private ShellHome() {
    }

    static Path dir() {
        String configured = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".nnsh");
    }

    static Path history(Path home) {
        return home.resolve("history");
    }

    /**
     * Why the history cannot be kept under {@code home} (it is a file, or not writable), or null
     * when it can; creates the directory if needed. JLine saves the history at every line and logs
     * a stack trace each time it fails, so the shell asks once, first.
     */
    static String historyProblem(Path home) {
        if (Files.exists(home) && !Files.isDirectory(home)) {
            return Messages.historyNotKept(history(home), home + " is a file, not a directory");
        }
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            return Messages.historyNotKept(history(home), Messages.reason(e));
        }
        Path file = history(home);
        if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(home)) {
            return Messages.historyNotKept(file, "not writable");
        }
        return null;
    }
}
