package org.nnsh.repl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scripts being run one inside another by {@code /open}, so that a script that opens itself
 * (directly or through another) is refused: it would open itself forever, until the stack
 * overflowed and nnsh ended without a word.
 */
final class OpenChain {
    private final List<Path> files = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /** Why opening {@code name} now would never end, or null when it is not open already. */
    String cycle(String name) {
        if (!files.contains(key(name))) {
            return null;
        }
        List<String> chain = new ArrayList<>(names);
        chain.add(name);
        return "/open " + name + " inside itself (" + String.join(" opens ", chain) + ") would never end";
    }

    void enter(String name) {
        files.add(key(name));
        names.add(name);
    }

    void leave() {
        files.remove(files.size() - 1);
        names.remove(names.size() - 1);
    }

    /** The file itself, however it is named ({@code a.jsh}, {@code ./a.jsh}, a link to it). */
    private static Path key(String name) {
        Path path = Commands.path(name);
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
