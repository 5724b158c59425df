package org.nnsh.repl;

import java.lang.reflect.Field;
import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

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

    private static final class Control extends LocalExecutionControl {
        private Object lastValue;
        private boolean objectsOnly;

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
            String text = objectsOnly ? "" : super.varValue(className, varName);
            try {
                // super just read the same static field (unless objects only); this read cannot fail where that one did not
                Field field = findClass(className).getField(varName);
                // JShell's wrapper classes are not public
                field.setAccessible(true);
                lastValue = field.get(null);
            } catch (ReflectiveOperationException e) {
                throw new InternalException("nnsh: cannot read " + className + "." + varName + ": " + e);
            }
            // a toString() that returns null gives null here, on which JShell itself throws a
            // NullPointerException (the snippet "failed", /vars ended the shell); Java prints it as null
            return text == null ? "null" : text;
        }
    }
}
