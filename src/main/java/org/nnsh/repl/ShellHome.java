package org.nnsh.repl;

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
}
