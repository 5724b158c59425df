package org.nnsh.tensor;

/**
 * A shape or size mistake: the message names the operation, the shapes involved and what was
 * expected, e.g. {@code plus: shapes (2, 3) and (4, 1) cannot be broadcast}. Checked before any
 * Commons Math call, whose own messages ("2 != 3") do not say which operation failed.
 */
public class ShapeException extends IllegalArgumentException {
    public ShapeException(String message) {
        super(message);
    }
}
