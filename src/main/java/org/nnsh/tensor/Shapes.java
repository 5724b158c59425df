package org.nnsh.tensor;

/** Shape checks and the numpy-style shape text used in every error message. */
final class Shapes {
    /** The least memory one row takes even with no values: each row is an array of its own (an object header and its length). */
    private static final long ROW_BYTES = 16;
    /** How the size refusals end: what limits the size, and how scripts/nnsh raises it. */
    private static final String RAISE_HEAP = " (its heap limit; NNSH_JAVA_OPTS=-Xmx… raises it)";

    private Shapes() {
    }

    /** numpy's notation: {@code (3,)} for a vector, {@code (2, 3)} for a matrix. */
    static String of(Matrix m) {
        return m.isVector() ? "(" + m.cols() + ",)" : "(" + m.rows() + ", " + m.cols() + ")";
    }

    /** As {@link #checkSize(String, long, long)} for a 1-D vector of n values, named as numpy names its shape: (n,). */
    static void checkVectorLength(String op, int n) {
        if (n < 0) {
            throw new ShapeException(op + ": negative dimensions are not allowed, got (" + n + ",)");
        }
        long fits = maxValues();
        if (n > fits) {
            // checkSize would name the vector as the matrix (1, n) that holds it
            throw new IllegalArgumentException(op + ": shape (" + n + ",) holds " + n + " values, more than the " + fits
                    + " that fit in one vector in this JVM" + RAISE_HEAP);
        }
    }

    /**
     * Refuses a rows×cols matrix for op that this JVM cannot hold (negative sizes, more values or rows
     * than fit), naming op and the shape, instead of a bare OutOfMemoryError or NegativeArraySizeException.
     * The sizes are longs so that hstack and vstack can check a sum of widths that overflows an int.
     */
    static void checkSize(String op, long rows, long cols) {
        if (rows < 0 || cols < 0) {
            throw new ShapeException(op + ": negative dimensions are not allowed, got (" + rows + ", " + cols + ")");
        }
        long values = rows != 0 && cols > Long.MAX_VALUE / rows ? Long.MAX_VALUE : rows * cols;
        long fits = maxValues();
        if (values > fits) {
            throw new IllegalArgumentException(op + ": shape (" + rows + ", " + cols + ") holds " + values
                    + " values, more than the " + fits + " that fit in one matrix in this JVM" + RAISE_HEAP);
        }
        // without values the count above is 0, yet every row is still an array (zeros(Integer.MAX_VALUE, 0)
        // was a bare OutOfMemoryError), and a width is an int (no row holds more than the count above)
        long rowsFit = Math.min(Integer.MAX_VALUE - 8, Runtime.getRuntime().maxMemory() / ROW_BYTES);
        if (rows > rowsFit || cols > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(op + ": shape (" + rows + ", " + cols + ") has more "
                    + (rows > rowsFit ? "rows than the " + rowsFit : "columns than the " + Integer.MAX_VALUE)
                    + " one matrix can have in this JVM" + RAISE_HEAP);
        }
    }

    /**
     * An int[] of n for op (permutation, choice, randint): refused with op's name where this JVM
     * cannot hold it, as checkSize refuses a matrix, instead of a bare OutOfMemoryError.
     */
    static void checkIntArray(String op, long n) {
        long fits = Math.min(Integer.MAX_VALUE - 8, Runtime.getRuntime().maxMemory() / Integer.BYTES);
        if (n > fits) {
            throw new IllegalArgumentException(op + ": " + n + " values are more than the " + fits
                    + " that fit in one array in this JVM" + RAISE_HEAP);
        }
    }

    /**
     * The most doubles one matrix can hold here: the JVM refuses arrays within a few elements of
     * Integer.MAX_VALUE (and size() is an int), and none can outgrow the heap limit; asking for more
     * would end in a bare OutOfMemoryError that names neither the operation nor the size.
     */
    static long maxValues() {
        return Math.min(Integer.MAX_VALUE - 8, Runtime.getRuntime().maxMemory() / Double.BYTES);
    }

    /** The broadcast extent of one axis, or -1 when the two cannot be broadcast. */
    static int broadcast(int a, int b) {
        if (a == b || b == 1) {
            return a;
        }
        return a == 1 ? b : -1;
    }
}
