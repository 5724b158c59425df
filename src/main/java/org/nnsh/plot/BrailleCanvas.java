package org.nnsh.plot;

/**
 * A grid of dots drawn with Unicode braille characters: each character cell holds 2×4 dots, so a
 * 60-column chart has 120 dots across. Dot (0, 0) is the top left.
 */
final class BrailleCanvas {
    /** The braille bit of the dot at (column % 2, row % 4) within its cell. */
    private static final int[][] BITS = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};

    private final int columns;
    private final int rows;
    private final int[][] cells;

    /** A blank canvas of {@code columns}×{@code rows} characters. */
    BrailleCanvas(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        this.cells = new int[rows][columns];
    }

    int dotsAcross() {
        return columns * 2;
    }

    int dotsDown() {
        return rows * 4;
    }

    /** Sets the dot at (x, y); dots outside the canvas are ignored. */
    void set(int x, int y) {
        if (x >= 0 && y >= 0 && x < dotsAcross() && y < dotsDown()) {
            cells[y / 4][x / 2] |= BITS[x % 2][y % 4];
        }
    }

    /** Sets the dots of column x from row y0 to row y1, either way round. */
    void vertical(int x, int y0, int y1) {
        for (int y = Math.min(y0, y1); y <= Math.max(y0, y1); y++) {
            set(x, y);
        }
    }

    /** Character row {@code r}: a blank cell is a space, not the empty braille pattern. */
    String row(int r) {
        StringBuilder sb = new StringBuilder(columns);
        for (int c = 0; c < columns; c++) {
            sb.append(cells[r][c] == 0 ? ' ' : (char) (0x2800 + cells[r][c]));
        }
        return sb.toString();
    }

    int rows() {
        return rows;
    }
}
