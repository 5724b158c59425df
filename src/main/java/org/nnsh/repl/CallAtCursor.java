package org.nnsh.repl;

import java.util.Optional;

/**
 * The method call whose argument list ends the code before the cursor: in {@code print(m.dot(} it
 * is {@code dot} on the receiver {@code m}; in {@code softmax(x, } it is {@code softmax} with no
 * receiver. A text scan, not a parse: good enough to pick the doc to show, and wrong only inside
 * string literals holding parentheses, where Tab then shows JShell's own signature.
 *
 * @param receiver the expression before the dot ({@code m}, {@code eye(2)}), empty when there is none
 * @param name     the method's name
 */
record CallAtCursor(String receiver, String name) {
    static Optional<CallAtCursor> in(String code) {
        int depth = 0;
        for (int i = code.length() - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return before(code, i);
                }
                depth--;
            } else if (c == ';' || c == '{' || c == '}') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<CallAtCursor> before(String code, int paren) {
        int end = paren;
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
            start--;
        }
        if (start == end || !Character.isJavaIdentifierStart(code.charAt(start))) {
            return Optional.empty();
        }
        String name = code.substring(start, end);
        if (start == 0 || code.charAt(start - 1) != '.') {
            return Optional.of(new CallAtCursor("", name));
        }
        int dot = start - 1;
        return Optional.of(new CallAtCursor(code.substring(receiverStart(code, dot), dot), name));
    }

    /** Back from the dot over names, dots and balanced (…) and […] groups: {@code data.x()} in {@code p = data.x().}. */
    private static int receiverStart(String code, int dot) {
        int i = dot;
        int depth = 0;
        while (i > 0) {
            char c = code.charAt(i - 1);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && !Character.isJavaIdentifierPart(c) && c != '.') {
                break;
            }
            i--;
        }
        return i;
    }
}
