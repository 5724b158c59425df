package org.nnsh.repl;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import jdk.jshell.spi.SPIResolutionException;

/**
 * Runs snippets in this JVM (JShell's "local" engine) and keeps the real object behind each
 * variable value, so the shell can pretty-print a snippet's {@code Matrix} instead of a string
 * made by a remote agent. Local execution is also what makes nnsh fast: ~30 ms per snippet
 * instead of ~200 ms over the remote agent's socket (DESIGN, "Shell architecture").
 */
final class InProcessExecution implements ExecutionControlProvider {
    private Control control;

    @Override
    public String name() {
        return "nnsh-local";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        control = new Control();
        return control;
    }

    /** The object behind the last variable value JShell asked for; null before any was asked. */
    Object lastValue() {
        return control == null ? null : control.lastValue;
    }

    /**
     * While {@code on}, a variable's value is only read, not turned into text: the shell wants the
     * object of a value JShell has already shown, and a second {@code toString()} would run a
     * user's side effects twice (and format a large Matrix twice).
     */
    void objectsOnly(boolean on) {
        control.objectsOnly = on;
    }

    /**
     * Interrupts a value's {@code toString()} (or an exception's {@code getMessage()}) running, if one
     * is; any thread may call this (Ctrl-C).
     * JShell's own stop does not reach it: see {@link Control#valueText}.
     */
    void interruptValueText() {
        Thread thread = valueThread();
        if (thread != null) {
            thread.interrupt();
        }
    }

    /**
     * Ends a value's {@code toString()} (or an exception's {@code getMessage()}) running by force, as
     * JShell's stop ends a snippet that ignores interrupts; returns whether one was running. Any
     * thread may call this.
     */
    @SuppressWarnings("deprecation")
    boolean stopValueText() {
        Thread thread = valueThread();
        if (thread == null) {
            return false;
        }
        try {
            // the thread is nnsh's own and dies with it: what it holds is the value's text, never the session's
            thread.stop();
        } catch (UnsupportedOperationException e) {
            // JDK 20 and later refuse Thread.stop: the interrupt already sent is all there is
            return false;
        }
        return true;
    }

    /**
     * The thread turning a value into text, while it runs a user's {@code toString()} (in JShell's
     * {@code valueString}) or {@code getMessage()} ({@code messageOf}), not the snippet it waits for; else null.
     */
    private Thread valueThread() {
        Thread thread = control == null ? null : control.valueThread;
        boolean rendering = thread != null && Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(DirectExecutionControl.class.getName())
                        && frame.getMethodName().equals("valueString")
                        || frame.getClassName().equals(Control.class.getName()) && frame.getMethodName().equals("messageOf"));
        return rendering ? thread : null;
    }

    private static final String TO_STRING = "toString()";
    private static final String GET_MESSAGE = "getMessage()";

    private static final class Control extends LocalExecutionControl {
        private Object lastValue;
        private boolean objectsOnly;
        /** The thread of the last {@link #valueText} call, while it runs. */
        private volatile Thread valueThread;

        /**
         * The snippet run by LocalExecutionControl, which then turns its value into text (the value's
         * {@code toString()}) on the thread that called it, after the snippet's own thread has ended.
         */
        @Override
        protected String invoke(Method doitMethod) throws Exception {
            return valueText(TO_STRING, () -> super.invoke(doitMethod));
        }

        /**
         * A snippet's exception as JShell hands it on, with its message and its causes' copied as
         * JShell copies them, but each {@code getMessage()}, a user's own too, runs as a value's
         * {@code toString()} does: Ctrl-C stops one that does not return (its causes are then not
         * asked), and one that throws is named in its own message, its exception's and its causes'
         * messages kept (the whole copy was replaced by the note, under the outer exception's name).
         */
        @Override
        protected String throwConvertedInvocationException(Throwable cause) throws RunException {
            throw converted(cause);
        }

        private RunException converted(Throwable exception) {
            return converted(exception, new IdentityHashMap<>());
        }

        /**
         * The copy of {@code exception} and its causes; {@code copied} holds those of the chain copied
         * before it, with their messages. A chain that loops back ({@code a.initCause(b)} where b's
         * cause is a) ends in a {@link Failures#CIRCULAR_REFERENCE} note naming the exception it would
         * repeat, as {@link Throwable#printStackTrace()} ends it: copying it around the loop overflowed
         * the stack, and JShell, which copies the copy again, recurses through its causes without a check.
         */
        private RunException converted(Throwable exception, Map<Throwable, String> copied) {
            if (exception instanceof SPIResolutionException) {
                // a snippet that uses an undefined name: JShell names the name, not a message
                return new ResolutionException(((SPIResolutionException) exception).id(), exception.getStackTrace());
            }
            Outcome<RuntimeException> message = rendered(GET_MESSAGE, () -> messageOf(exception));
            String text = message == null ? Messages.notShown(GET_MESSAGE) : message.text();
            // an exception class may override these too: one that throws leaves the copy without frames or
            // cause, where it failed the copy, and the snippet was "JShell failed on this snippet: …"
            UserException converted = new UserException(text, exception.getClass().getName(),
                    unlessItThrows(exception::getStackTrace, new StackTraceElement[0]));
            copied.put(exception, text);
            Throwable cause = unlessItThrows(exception::getCause, null);
            if (message != null && cause != null) {
                converted.initCause(copied.containsKey(cause) ? circularReference(cause, copied.get(cause)) : converted(cause, copied));
            }
            return converted;
        }

        /** The note that ends a chain looping back to {@code repeated}, whose message was {@code message}: its name and message. */
        private static UserException circularReference(Throwable repeated, String message) {
            String name = repeated.getClass().getName();
            return new UserException(message == null || message.isEmpty() ? name : name + ": " + message,
                    Failures.CIRCULAR_REFERENCE, new StackTraceElement[0]);
        }

        /** What {@code call}, a method an exception class may override, returns, or {@code otherwise} when it throws. */
        private static <T> T unlessItThrows(Supplier<T> call, T otherwise) {
            try {
                return call.get();
            } catch (RuntimeException | Error e) {
                return otherwise;
            }
        }

        /** The exception's message, by a method of its own name, which {@link #valueThread} looks for. */
        private static String messageOf(Throwable exception) {
            return exception.getMessage();
        }

        /** An expression's value, as {@link #varValue} gives a variable's. */
        @Override
        public String invoke(String className, String methodName)
                throws RunException, EngineTerminationException, InternalException {
            String text = super.invoke(className, methodName);
            return text == null ? "null" : text;
        }

        @Override
        public String varValue(String className, String varName)
                throws RunException, EngineTerminationException, InternalException {
            Object value;
            try {
                Field field = findClass(className).getField(varName);
                // JShell's wrapper classes are not public
                field.setAccessible(true);
                value = field.get(null);
            } catch (ReflectiveOperationException e) {
                throw new InternalException("nnsh: cannot read " + className + "." + varName + ": " + e);
            }
            lastValue = value;
            if (objectsOnly) {
                return "";
            }
            String text = valueText(TO_STRING, () -> valueString(value));
            // a toString() that returns null gives null here, on which JShell itself throws a
            // NullPointerException (the snippet "failed", /vars ended the shell); Java prints it as null
            return text == null ? "null" : text;
        }

        /**
         * What {@code work} makes of a value, on a thread of its own, since JShell's stop ends only a
         * snippet's own threads: a Ctrl-C reaches a value's {@code toString()} there through
         * {@link #interruptValueText} and {@link #stopValueText}. A {@code toString()} that throws
         * gives a note in place of the value (JShell dropped a snippet's value without a word, and
         * {@code /vars} showed only the message in brackets), one stopped by force another; an
         * exception of {@code work}'s own (the snippet's) is thrown here.
         */
        private <E extends Exception> String valueText(String method, ValueWork<E> work) throws E {
            Outcome<E> outcome = rendered(method, work);
            return outcome == null ? Messages.notShown(method) : outcome.textOrFailure();
        }

        /** What {@code work} made on a thread of its own (see {@link #valueText}), or null when it was stopped by force. */
        private <E extends Exception> Outcome<E> rendered(String method, ValueWork<E> work) {
            AtomicReference<Outcome<E>> outcome = new AtomicReference<>();
            Thread thread = new Thread(() -> outcome.set(Outcome.of(method, work)), "nnsh-value");
            thread.setDaemon(true);
            valueThread = thread;
            thread.start();
            try {
                joinUninterruptibly(thread);
            } finally {
                valueThread = null;
            }
            // a thread stopped by force ends without an outcome, wherever it was
            return outcome.get();
        }

        private static void joinUninterruptibly(Thread thread) {
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    // the value's text is made or stopped either way; keep the flag for the caller
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Makes a value's text; may throw {@code E}, the snippet's own failure. */
    private interface ValueWork<E extends Exception> {
        String text() throws E;
    }

    /** What became of a value's text: the text, or the exception the snippet itself threw. */
    private record Outcome<E extends Exception>(String text, E failure) {
        @SuppressWarnings("unchecked")
        static <E extends Exception> Outcome<E> of(String method, ValueWork<E> work) {
            try {
                return new Outcome<>(work.text(), null);
            } catch (ThreadDeath e) {
                throw e;
            } catch (RuntimeException | Error e) {
                // JShell hands the snippet's own failures on as checked exceptions: an unchecked one
                // is the user's method's (a StackOverflowError of a recursive toString() too)
                return new Outcome<>(Messages.threw(method, threw(e)), null);
            } catch (Exception e) {
                // unchecked exceptions are caught above: this is an E, the only checked one work throws
                return new Outcome<>(null, (E) e);
            }
        }

        /** The exception in one line, or its class alone when its getMessage() (a user's too) throws as well. */
        private static String threw(Throwable e) {
            try {
                return Failures.oneLine(e);
            } catch (RuntimeException | Error again) {
                return e.getClass().getSimpleName();
            }
        }

        String textOrFailure() throws E {
            if (failure != null) {
                throw failure;
            }
            return text;
        }
    }
}
