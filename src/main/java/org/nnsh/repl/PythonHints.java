package org.nnsh.repl;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nnsh spelling of what a numpy or Keras user typed, for a compile error that javac words in
 * Java's terms only: {@code x.shape} is "cannot find symbol: variable shape", {@code model.fit(x, y, 10)}
 * "no suitable method found". The hint is one line under the error; an error it does not recognise
 * gets none.
 */
final class PythonHints {
    private PythonHints() {
    }

    private static final String MATRIX = "org.nnsh.tensor.Matrix";
    private static final String DATASET = "org.nnsh.data.Dataset";
    private static final Set<String> LOSSES_AND_METRICS = Set.of(
            "crossEntropy", "binaryCrossEntropy", "mse", "mae", "nll", "accuracy", "binaryAccuracy");
    private static final String NO_KEYWORDS = "Java has no keyword arguments: ";
    private static final String INDEXING = "a Matrix is indexed by methods: numpy's x[i, j] is x.get(i, j), x[i] is"
            + " x.row(i), x[:, j] is x.col(j), x[a:b] is x.rows(a, b)";

    /** A vector of n values is one row (shape {1, n}): its numpy len is its size, not its rows. */
    private static final String LEN = "numpy's len(x) is x.rows() for a matrix, x.size() for a vector;"
            + " x.size() counts all values";

    /** Hints that several spellings share: a {@code Map.entry} each, one text. */
    private static final String PRODUCT = "the matrix product (numpy's x @ y) is x.dot(y)";
    private static final String ELEMENTWISE_PRODUCT =
            "numpy's elementwise x * y is x.times(y); the matrix product x @ y is x.dot(y)";
    private static final String MINUS = "numpy's x - y is x.minus(y)";
    private static final String NET_WEIGHTS =
            "model.layers() lists the layers; a layer's params() hold its weights and biases";
    private static final String LAYER_WEIGHTS =
            "layer.params() holds its weights and biases; param.value() is the Matrix";
    private static final String SAMPLES = "data.size() is the number of samples";
    private static final String ARRAY =
            "matrix(new double[][] {{1, 2}, {3, 4}}) is a 2-D array, vector(1, 2, 3) a 1-D one";
    private static final String ONE_HOT = "data.oneHot() gives a Dataset's labels as one-hot rows";
    private static final String BOOLEANS = "Java writes true and false in lower case";
    private static final String LEARNING_RATE = NO_KEYWORDS + "the optimizer takes the learning rate,"
            + " model.fit(data, 100, adam(0.01))";

    /** A missing member, by owner's simple name and member name: "Matrix.transpose". */
    private static final Map<String, String> MEMBERS = Map.ofEntries(
            Map.entry("Matrix.transpose", "the transpose is x.T()"),
            Map.entry("Matrix.matmul", PRODUCT),
            Map.entry("Matrix.mm", PRODUCT),
            Map.entry("Matrix.multiply", ELEMENTWISE_PRODUCT),
            Map.entry("Matrix.mul", ELEMENTWISE_PRODUCT),
            Map.entry("Matrix.add", "numpy's x + y is x.plus(y)"),
            Map.entry("Matrix.subtract", MINUS),
            Map.entry("Matrix.sub", MINUS),
            Map.entry("Matrix.divide", "numpy's x / y is x.div(y)"),
            Map.entry("Matrix.power", "numpy's x ** p is x.pow(p)"),
            Map.entry("Matrix.square", "numpy's x ** 2 is x.pow(2)"),
            Map.entry("Matrix.ravel", "x.flatten() gives all values, row by row, as a vector"),
            Map.entry("Matrix.len", LEN),
            Map.entry("Matrix.length", LEN),
            Map.entry("Matrix.tolist", "x.toList() gives the values row by row; x.toArray() the rows as double[][]"),
            Map.entry("Matrix.copy", "a Matrix is immutable (every operation returns a new one): it needs no copy"),
            Map.entry("Matrix.ndim", "a Matrix is 2-D; x.isVector() says whether it is a 1-D vector, shape (n,)"),
            Map.entry("Net.compile", "a net needs no compile: the loss follows the final activation and fit takes the"
                    + " optimizer, model.fit(data, 100, adam(0.01))"),
            Map.entry("Net.add", "layers chain: net().dense(2, 64).relu().dense(3).softmax()"),
            Map.entry("Net.predict_proba", "model.forward(x) gives the probabilities, model.predict(x) the classes"),
            Map.entry("Net.predict_classes", "model.predict(x) gives the classes (int[])"),
            Map.entry("Net.get_weights", NET_WEIGHTS),
            Map.entry("Net.weights", NET_WEIGHTS),
            Map.entry("Layer.weights", LAYER_WEIGHTS),
            Map.entry("Layer.get_weights", LAYER_WEIGHTS),
            Map.entry("History.history", "the series are methods: h.loss() is Keras' history.history['loss'];"
                    + " also h.accuracy(), h.valLoss(), h.valAccuracy(), h.lr()"),
            Map.entry("Dataset.X", "data.x() is the features, data.y() the labels"),
            Map.entry("Dataset.shape", "a Dataset has no shape: data.x().shape() is the shape of its features,"
                    + " data.size() the number of samples"),
            Map.entry("Dataset.len", SAMPLES),
            Map.entry("Dataset.length", SAMPLES));

    /** A name missing at the top level: a numpy function, a Python constant or a keyword argument. */
    private static final Map<String, String> TOP_LEVEL = Map.ofEntries(
            Map.entry("np", "nnsh's names need no np. prefix: zeros(2, 3), randn(2, 3), dot(a, b)"),
            Map.entry("len", LEN),
            Map.entry("array", ARRAY),
            Map.entry("asarray", ARRAY),
            Map.entry("matmul", "the matrix product (numpy's a @ b) is dot(a, b) or a.dot(b)"),
            Map.entry("transpose", "the transpose is x.T()"),
            Map.entry("concatenate", "hstack(a, b) joins side by side, vstack(a, b) one under another"),
            Map.entry("oneHot", ONE_HOT),
            Map.entry("one_hot", ONE_HOT),
            Map.entry("to_categorical", ONE_HOT),
            Map.entry("None", "Java's None is null"),
            Map.entry("True", BOOLEANS),
            Map.entry("False", BOOLEANS),
            Map.entry("axis", NO_KEYWORDS + "the axis goes by position, x.sum(0), and keepdims=True is a true after"
                    + " it, x.sum(0, true)"),
            Map.entry("keepdims", NO_KEYWORDS + "x.sum(0, true) is numpy's np.sum(x, axis=0, keepdims=True)"),
            Map.entry("epochs", NO_KEYWORDS + "model.fit(data, 100) trains 100 epochs"),
            Map.entry("batch_size", NO_KEYWORDS + "model.fit(data, 100, batchSize(32))"),
            Map.entry("validation_split", NO_KEYWORDS + "model.fit(data, 100, validation(0.2))"),
            Map.entry("verbose", NO_KEYWORDS + "model.fit(data, 100, quiet()) prints no progress"),
            Map.entry("lr", LEARNING_RATE),
            Map.entry("learning_rate", LEARNING_RATE));

    /** The TOP_LEVEL names that are numpy functions: a hint only when called, len(x), not for a variable len. */
    private static final Set<String> FUNCTIONS = Set.of(
            "len", "array", "asarray", "matmul", "transpose", "concatenate", "oneHot", "one_hot", "to_categorical");

    /** A call whose argument opens with a parenthesis holding no other: {@code zeros((2} before the comma. */
    private static final Pattern TUPLE_ARGUMENT = Pattern.compile("\\w\\s*\\(\\s*\\([^()]*$");
    private static final Pattern SYMBOL = Pattern.compile("symbol: +(variable|method|class) (\\w+)(?:\\((.*)\\))?");
    private static final Pattern LOCATION =
            Pattern.compile("location: +(?:variable \\w+ of type|class|interface) ([\\w.$\\[\\]]+)");
    private static final Pattern PRIVATE = Pattern.compile("^(\\w+) has private access in ([\\w.$]+)");
    private static final Pattern CANNOT_APPLY = Pattern.compile("^method (\\w+) in class ([\\w.$]+) cannot be applied");
    private static final Pattern FOUND = Pattern.compile("found: +(.*)");
    private static final Pattern NO_SUITABLE = Pattern.compile("^no suitable method found for (\\w+)\\((.*)\\)");
    private static final Pattern CANDIDATE = Pattern.compile("method ([\\w.$]+)\\.\\w+\\(");

    private static final Pattern BINARY = Pattern.compile(
            "^bad operand types for binary operator '(\\S+)'\\s+first type: +(\\S+)\\s+second type: +(\\S+)");
    private static final Map<String, String> OPERATOR_METHODS = Map.of(
            "+", "plus", "-", "minus", "*", "times", "/", "div", ">", "gt", "<", "lt", ">=", "ge", "<=", "le");
    /** k op x written as x.method(k): the mirrored comparison, or the same operation where it commutes. */
    private static final Map<String, String> MIRRORED = Map.of(
            "+", "plus", "*", "times", ">", "lt", "<", "gt", ">=", "le", "<=", "ge");
    /** The operand types, besides Matrix, that the operator methods take: Java's numbers, boxed or not. */
    private static final Set<String> NUMBERS = Set.of("byte", "short", "int", "long", "float", "double", "char",
            "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
            "java.lang.Double", "java.lang.Character");

    /**
     * The hint for javac's error {@code message} (in the root locale) at {@code position} of
     * {@code source}, if it reads like a Python-ism.
     */
    static Optional<String> forError(String message, String source, int position) {
        // JShell reads a bare "x @ y" as the start of an annotated declaration: javac then says the end came too soon
        if (message.startsWith("illegal start of expression")
                || message.startsWith("reached end of file while parsing")) {
            return operatorSyntax(source, position);
        }
        if (message.startsWith("')' expected") && tupleArgumentAt(source, position)) {
            return Optional.of("Java has no tuples: a shape goes as its sizes, numpy's zeros((2, 3)) is zeros(2, 3),"
                    + " x.reshape((3, 2)) is x.reshape(3, 2)");
        }
        Optional<String> hint = forMessage(message);
        // fit(data, epochs=10) is a keyword argument; a plain undefined epochs, or a statement epochs = 10
        // that forgot its declaration, is only an undefined name
        if (hint.isPresent() && hint.get().startsWith(NO_KEYWORDS)
                && !(assignedAt(source, position) && inArguments(source, position))) {
            return Optional.empty();
        }
        // np.zeros(2, 3) is numpy's prefix; a bare np is the user's own undeclared variable (a number of points)
        if (hint.isPresent() && hint.get().equals(TOP_LEVEL.get("np")) && !source.startsWith("np.", position)) {
            return Optional.empty();
        }
        return hint;
    }

    /** Whether javac stopped at the comma of a call's tuple argument, as in {@code zeros((2, 3))}. */
    private static boolean tupleArgumentAt(String source, int position) {
        return position >= 0 && position < source.length() && source.charAt(position) == ','
                && TUPLE_ARGUMENT.matcher(source.substring(0, position)).find();
    }

    /** Whether the name at {@code position} is followed by a single {@code =}, as in {@code axis=0}. */
    private static boolean assignedAt(String source, int position) {
        int end = position;
        while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
            end++;
        }
        String rest = source.substring(Math.min(end, source.length())).stripLeading();
        return rest.startsWith("=") && !rest.startsWith("==");
    }

    /** Whether the name at {@code position} opens an argument, right after {@code (} or {@code ,}. */
    private static boolean inArguments(String source, int position) {
        String before = source.substring(0, Math.min(position, source.length())).stripTrailing();
        return before.endsWith("(") || before.endsWith(",");
    }

    /** numpy's operators that are not Java syntax at all: x @ y, x ** 2, x[:, 0]. */
    private static Optional<String> operatorSyntax(String source, int position) {
        if (position < 0 || position >= source.length()) {
            return Optional.empty();
        }
        char c = source.charAt(position);
        String before = source.substring(0, position).stripTrailing();
        // x @ y has an operand before the @; in int y = @Deprecated 3 or f(@Override x) the @ opens an annotation
        if (c == '@' && endsWithOperand(before)) {
            return Optional.of("Java has no @ operator: numpy's x @ y is x.dot(y)");
        }
        if (c == '*' && before.endsWith("*")) {
            return Optional.of("Java has no ** operator: numpy's x ** p is x.pow(p) (Math.pow(a, b) for numbers)");
        }
        if (c == ':' && before.endsWith("[")) {
            return Optional.of("Java has no slices: on a Matrix numpy's x[:, j] is x.col(j), x[a:b] is x.rows(a, b),"
                    + " x[:n] is x.head(n)");
        }
        return Optional.empty();
    }

    /** Whether {@code text} ends with what can close an operand: a name, a number, ) or ]. */
    private static boolean endsWithOperand(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return Character.isJavaIdentifierPart(last) || last == ')' || last == ']';
    }

    /** The hint that javac's {@code message} alone gives, before {@link #forError} weighs it against the source. */
    private static Optional<String> forMessage(String message) {
        if (message.startsWith("array required, but " + MATRIX + " found")) {
            return Optional.of(INDEXING);
        }
        Matcher binary = BINARY.matcher(message);
        if (binary.find()) {
            return operator(binary.group(1), binary.group(2), binary.group(3));
        }
        if (message.startsWith("bad operand type " + MATRIX + " for unary operator '-'")) {
            return Optional.of("Java has no operators on a Matrix: numpy's -x is x.neg()");
        }
        if (message.startsWith("incompatible types: " + DATASET + " cannot be converted to " + MATRIX)) {
            return Optional.of("a Dataset holds x and y: data.x() is its Matrix of features");
        }
        if (message.startsWith("incompatible types: " + MATRIX + " cannot be converted to " + DATASET)) {
            return Optional.of("Dataset.of(x, labels) makes a Dataset of features and int[] labels,"
                    + " Dataset.regression(x, targets) one of a Matrix of targets");
        }
        if (message.startsWith("incompatible types: " + MATRIX + " cannot be converted to int[]")) {
            return Optional.of("labels are an int[]: oneHot.argmax() turns one-hot rows (Keras' to_categorical) into"
                    + " labels");
        }
        if (message.startsWith("incompatible types: " + MATRIX + " cannot be converted to double")) {
            return Optional.of("a Matrix is not a number: x.sum() and x.mean() give numbers, x.get(i, j) one value");
        }
        if (message.startsWith("incompatible types: " + MATRIX + " cannot be converted to boolean")) {
            return Optional.of("a comparison gives a Matrix of 0s and 1s, as numpy's boolean array: x.gt(1).sum() > 0"
                    + " is numpy's (x > 1).any()");
        }
        Matcher symbol = SYMBOL.matcher(message);
        if (message.startsWith("cannot find symbol") && symbol.find()) {
            Matcher location = LOCATION.matcher(message);
            String owner = location.find() ? location.group(1) : null;
            return missing(symbol.group(1), symbol.group(2), owner, symbol.group(3));
        }
        Matcher hidden = PRIVATE.matcher(message);
        if (hidden.find()) {
            return member(hidden.group(2), hidden.group(1), true);
        }
        Matcher apply = CANNOT_APPLY.matcher(message);
        if (apply.find()) {
            Matcher found = FOUND.matcher(message);
            return wrongArguments(apply.group(2), apply.group(1), found.find() ? found.group(1).strip() : "");
        }
        Matcher suitable = NO_SUITABLE.matcher(message);
        if (suitable.find()) {
            Matcher candidate = CANDIDATE.matcher(message);
            return candidate.find() ? wrongArguments(candidate.group(1), suitable.group(1), suitable.group(2))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** numpy's x * y (or 2 * x) on a Matrix: Java has no operator overloading, so each is a method. */
    private static Optional<String> operator(String symbol, String first, String second) {
        String method = OPERATOR_METHODS.get(symbol);
        // the methods take a Matrix or a number: x * "2" or x + anIntArray has no method to point to
        if (method == null || !(takenByMethods(first) && takenByMethods(second))) {
            return Optional.empty();
        }
        String product = symbol.equals("*") ? " (elementwise; the matrix product x @ y is x.dot(y))" : "";
        if (first.equals(MATRIX)) {
            String other = second.equals(MATRIX) ? "y" : "k";
            return Optional.of("Java has no operators on a Matrix: numpy's x " + symbol + " " + other + " is x."
                    + method + "(" + other + ")" + product);
        }
        if (second.equals(MATRIX)) {
            String mirrored = MIRRORED.get(symbol);
            String spelled = mirrored != null ? "x." + mirrored + "(k)"
                    : symbol.equals("-") ? "x.neg().plus(k)" : "x.pow(-1).times(k)";
            return Optional.of("Java has no operators on a Matrix: numpy's k " + symbol + " x is " + spelled + product);
        }
        return Optional.empty();
    }

    /** Whether a Matrix operator method takes an operand of {@code type}: a Matrix or a number. */
    private static boolean takenByMethods(String type) {
        return type.equals(MATRIX) || NUMBERS.contains(type);
    }

    /** A name javac could not find: a member of {@code owner}, or at the top level when owner is null. */
    private static Optional<String> missing(String kind, String name, String owner, String arguments) {
        if (owner != null && owner.endsWith("[]")) {
            // predict's classes (int[]), a History's series (double[]) treated as numpy arrays
            String article = "aeiou".indexOf(owner.charAt(0)) >= 0 ? "an " : "a ";
            // vector takes a double[] or an int[] only: a String[] cannot become a Matrix
            boolean numbers = owner.equals("double[]") || owner.equals("int[]");
            return Optional.of(article + owner + " is a Java array: a.length is its size, a[i] a value"
                    + (numbers ? "; vector(a) makes it a Matrix, with numpy's methods" : ""));
        }
        if (owner != null && !owner.equals("org.nnsh.Nnsh")) {
            return member(owner, name, kind.equals("variable"));
        }
        if (name.equals("len") && arguments != null && arguments.endsWith("[]")) {
            return Optional.of("an array's length is a.length (Python's len(a))");
        }
        String hint = TOP_LEVEL.get(name);
        // len(x) is numpy's, but a bare len (or array, transpose) is only the user's own undeclared variable
        if (hint != null && (kind.equals("method") || !FUNCTIONS.contains(name))) {
            return Optional.of(hint);
        }
        // np.sum(x, 0) written as sum(x, 0): a Matrix method called as a function
        if (kind.equals("method") && arguments != null && arguments.startsWith(MATRIX)
                && publicMethod(MATRIX, name, false)) {
            return Optional.of(name + " is a Matrix method: x." + name + "(…) calls it on the matrix x");
        }
        return Optional.empty();
    }

    /**
     * A member of {@code owner} (a class name) that is not there or not public: a known Python-ism,
     * a method written as a property ({@code x.shape}), or snake case for a camel-case method.
     */
    private static Optional<String> member(String owner, String name, boolean property) {
        // a user's own class Layer or History is not nnsh's: none of these hints holds for it
        if (!owner.startsWith("org.nnsh.")) {
            return Optional.empty();
        }
        String simple = owner.substring(owner.lastIndexOf('.') + 1);
        String hint = MEMBERS.get(simple + "." + name);
        if (hint != null) {
            return Optional.of(hint);
        }
        if (property && publicMethod(owner, name, true)) {
            return Optional.of(name + "() is a method: Java needs the parentheses");
        }
        String camel = camelCase(name);
        if (!camel.equals(name) && publicMethod(owner, camel, false)) {
            return Optional.of("Java spells it " + camel + "()");
        }
        return Optional.empty();
    }

    /** A call whose arguments match no overload: numpy's and Keras' argument lists. */
    private static Optional<String> wrongArguments(String owner, String name, String found) {
        if (!owner.startsWith("org.nnsh.")) {
            return Optional.empty();
        }
        String simple = owner.substring(owner.lastIndexOf('.') + 1);
        boolean matrixFirst = found.startsWith(MATRIX);
        if (simple.equals("Net") && (name.equals("fit") || name.equals("evaluate")) && matrixFirst) {
            return Optional.of(name + " takes a Dataset, not x and y: model." + name + "(Dataset.of(x, labels)"
                    + (name.equals("fit") ? ", 100" : "") + "), Dataset.regression(x, targets) for a Matrix of targets");
        }
        if (simple.equals("Net") && name.equals("fit") && found.equals(DATASET)) {
            return Optional.of("fit needs the number of epochs: model.fit(data, 100) (Keras' default is 1)");
        }
        if (simple.equals("Nnsh") && LOSSES_AND_METRICS.contains(name) && found.startsWith("int[],")) {
            if (found.equals("int[],int[]")) {
                // model.predict(x) gives classes, where Keras' predict gives the probabilities
                return Optional.of(name + " takes the net's outputs and the labels: " + name + "(model.forward(x), y)"
                        + (name.equals("accuracy") ? "; two int[] of classes compare as"
                                + " vector(pred).eq(vector(y)).mean()" : ", not predict's classes"));
            }
            return Optional.of("the predictions come first: " + name + "(yPred, labels), where Keras and scikit-learn"
                    + " take y_true first");
        }
        if (simple.equals("Nnsh") && (name.equals("softmax") || name.equals("logSoftmax"))
                && found.equals(MATRIX + ",int")) {
            return Optional.of(name + " works along each row, numpy's axis=1 (a vector is one row); " + name
                    + "(x.T()).T() works down the columns");
        }
        if (simple.equals("Matrix") && name.equals("reshape") && found.equals("int")) {
            return Optional.of("reshape takes (rows, cols), one of them may be -1; numpy's x.reshape(-1) is x.flatten()");
        }
        if (simple.equals("Nnsh") && name.equals("matrix") && found.startsWith("int[]")) {
            return Optional.of("matrix takes rows of doubles: matrix(new double[][] {{1, 2}, {3, 4}})");
        }
        if (simple.equals("Nnsh") && (name.equals("matrix") || name.equals("vector"))
                && found.startsWith("java.util.List")) {
            return Optional.of(name + " takes double values, not a List: list.stream().mapToDouble(v -> v).toArray()"
                    + " makes a double[]");
        }
        return Optional.empty();
    }

    /** Whether class {@code owner} has a public method {@code name} (getMethods lists only public ones), not Object's. */
    private static boolean publicMethod(String owner, String name, boolean noArguments) {
        try {
            Class<?> type = Class.forName(owner, false, PythonHints.class.getClassLoader());
            return Arrays.stream(type.getMethods())
                    .anyMatch(m -> m.getName().equals(name) && (!noArguments || m.getParameterCount() == 0)
                            && !isObjectMethod(m));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean isObjectMethod(Method m) {
        return m.getDeclaringClass() == Object.class;
    }

    /** {@code val_loss} → {@code valLoss}. */
    static String camelCase(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
