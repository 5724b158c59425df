package org.nnsh.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Keras-like description of a {@link Net}: one row per layer with its output shape and number
 * of parameters, then the total. Its {@code toString()} is the table, its counts grouped by commas
 * as Keras prints them ({@link Locale#ROOT}: a German locale would group by dots).
 */
public final class Summary {
    private final List<String[]> rows = new ArrayList<>();
    private final int total;

    Summary(Net net) {
        int width = net.inputWidth();
        for (Layer layer : net.layers()) {
            width = width < 0 ? width : layer.outputWidth(width);
            String shape = "(None, " + (width < 0 ? "?" : width) + ")";
            rows.add(new String[] {layer.label(), shape, String.format(Locale.ROOT, "%,d", layer.paramCount())});
        }
        this.total = net.paramCount();
    }

    /** The total number of trainable values. */
    public int total() {
        return total;
    }

    @Override
    public String toString() {
        String[] head = {"Layer", "Output shape", "Params"};
        int[] w = {head[0].length(), head[1].length(), head[2].length()};
        for (String[] r : rows) {
            for (int k = 0; k < 3; k++) {
                w[k] = Math.max(w[k], r[k].length());
            }
        }
        String line = "─".repeat(w[0] + w[1] + w[2] + 6);
        StringBuilder sb = new StringBuilder();
        sb.append(line).append('\n');
        sb.append(format(head, w)).append('\n');
        sb.append(line.replace('─', '═')).append('\n');
        for (String[] r : rows) {
            sb.append(format(r, w)).append('\n');
        }
        sb.append(line).append('\n');
        // no newline after the last line, as numpy's str() and Java's toString() end: print adds one
        sb.append(String.format(Locale.ROOT, "Total params: %,d", total));
        return sb.toString();
    }

    private static String format(String[] r, int[] w) {
        return String.format(Locale.ROOT, "%-" + w[0] + "s   %-" + w[1] + "s   %" + w[2] + "s", r[0], r[1], r[2]);
    }
}
