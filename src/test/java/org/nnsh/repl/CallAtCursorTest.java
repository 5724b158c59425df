package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallAtCursorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "softmax(                 | ''           | softmax",
        "softmax(x,               | ''           | softmax",
        "print(relu(x), m.dot(    | m            | dot",
        "p = data.x().dot(w, f(1), | data.x()    | dot",
        "eye(2).times(            | eye(2)       | times",
        "a[i].sum(                | a[i]         | sum",
    })
    void findsTheCallWhoseArgumentsEndTheCode(String code, String receiver, String name) {
        assertEquals(Optional.of(new CallAtCursor(receiver, name)), CallAtCursor.in(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"softmax(x)", "int x = 1; y", "if (a) { b", "(1 + "})
    void findsNoneOutsideAnArgumentList(String code) {
        assertEquals(Optional.empty(), CallAtCursor.in(code));
    }
}
