package org.nnsh.nn;

/** A count and its noun, for messages: one thing is named in the singular ({@code 1 input}, {@code 3 classes}). */
final class Plural {
    private Plural() {
    }

    /** {@code 1 label}, {@code 3 labels}, {@code 2 classes}: the noun's plural adds -s, or -es after an s. */
    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("s") ? noun + "es" : noun + "s");
    }
}
