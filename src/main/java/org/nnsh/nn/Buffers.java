package org.nnsh.nn;

/** Reusable row buffers: grown when a larger batch arrives, never shrunk; and whether they can fit at all. */
final class Buffers {
    private Buffers() {
    }

    /** {@code buffer} if it already holds rows×cols, else a new buffer that does. */
    static double[][] ensure(double[][] buffer, int rows, int cols) {
        if (buffer.length >= rows && (buffer.length == 0 || buffer[0].length == cols)) {
            return buffer;
        }
        return new double[Math.max(rows, buffer.length)][cols];
    }

    /**
     * Refuses {@code op} when {@code what}, {@code values} doubles, outgrows this JVM's heap: said with the
     * sizes and what to do ({@code fewer}, or a larger -Xmx), where allocating would end in a bare OutOfMemoryError.
     */
    static void requireHeapFor(String op, String what, long values, String fewer) {
        long heap = Runtime.getRuntime().maxMemory();
        if (values > heap / Double.BYTES) {
            throw new IllegalArgumentException(op + ": " + what + " are " + values + " values (" + (values * Double.BYTES >> 20)
                    + " MB), more than this JVM's heap limit of " + (heap >> 20) + " MB; " + fewer
                    + ", or raise the limit with NNSH_JAVA_OPTS=-Xmx…");
        }
    }
}
