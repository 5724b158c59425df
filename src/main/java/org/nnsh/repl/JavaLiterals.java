package org.nnsh.repl;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Java source literals for values the shell hands to snippets (such as a script's arguments). */
final class JavaLiterals {
    private JavaLiterals() {
    }

    /** {@code new String[] {"a", "b"}}, every character escaped so any argument survives. */
    static String stringArray(List<String> values) {
        return values.stream().map(JavaLiterals::string).collect(Collectors.joining(", ", "new String[] {", "}"));
    }

    static String string(String value) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                literal.append('\\').append(c);
            } else if (c < 0x20) {
                // octal, not a unicode escape: javac turns those into raw characters before lexing
                literal.append(String.format(Locale.ROOT, "\\%03o", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }
}
