package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How failures of nnsh's own, not only a snippet's, are put into words. */
class FailuresTest {
    @Test
    void aCauseChainThatLoopsBackIsWalkedOnceWhateverThrewIt() {
        // an exception of nnsh's own goes to /trace and the one-line message as it is, not copied by JShell:
        // walking its causes until null never ended
        RuntimeException a = new LoopGuard("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertEquals("java.lang.RuntimeException: b\ncaused by: org.nnsh.repl.FailuresTest$LoopGuard: a\n"
                + "caused by: [CIRCULAR REFERENCE: java.lang.RuntimeException: b]", Failures.withCauses(b));
        String trace = Failures.stackTrace(b);
        assertEquals(b.getStackTrace().length + a.getStackTrace().length + 3, trace.lines().count(), trace);
        assertEquals("Caused by: [CIRCULAR REFERENCE: java.lang.RuntimeException: b]", trace.lines().reduce((x, y) -> y).orElseThrow());
    }

    /** An exception that fails the test when its cause is asked for round and round, instead of letting the walk hang. */
    private static final class LoopGuard extends RuntimeException {
        private int asked;

        LoopGuard(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable getCause() {
            if (++asked > 100) {
                throw new AssertionError("the cause chain was walked round its loop " + asked + " times");
            }
            return super.getCause();
        }
    }
}
