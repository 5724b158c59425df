package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a numpy or Keras user types gets, under javac's error, the nnsh way to write it. */
class PythonHintsTest {
    private static NnshSession session;

    @BeforeAll
    static void start() {
        session = NnshSession.start();
        session.eval("var x = matrix(new double[][] {{1, 2, 3}, {4, 5, 6}});");
        session.eval("var data = spiral(10, 3);");
        session.eval("var model = net().dense(2, 3).softmax();");
        session.eval("var h = model.fit(data, 2, quiet());");
    }

    @AfterAll
    static void close() {
        session.close();
    }

    /** The last line of the compile error the shell and scripts print for {@code source}. */
    private static String lastLine(String source) {
        return lastLine(session, source);
    }

    private static String lastLine(NnshSession session, String source) {
        Evaluation result = session.eval(source);
        assertTrue(!result.errors().isEmpty(), source + " should not compile");
        String error = Failures.compileError(source, result.errors().get(0));
        return error.substring(error.lastIndexOf('\n') + 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "x.shape                         | hint: shape() is a method: Java needs the parentheses",
            "x.T                             | hint: T() is a method: Java needs the parentheses",
            "x.rows                          | hint: rows() is a method: Java needs the parentheses",
            "data.x                          | hint: x() is a method: Java needs the parentheses",
            "data.shape                      | hint: a Dataset has no shape: data.x().shape() is the shape of its"
                    + " features, data.size() the number of samples",
            "x.transpose()                   | hint: the transpose is x.T()",
            "x.matmul(x.T())                 | hint: the matrix product (numpy's x @ y) is x.dot(y)",
            "x.ravel()                       | hint: x.flatten() gives all values, row by row, as a vector",
            "len(x)                          | hint: numpy's len(x) is x.rows() for a matrix, x.size() for a vector;"
                    + " x.size() counts all values",
            "vector(1, 2).length             | hint: numpy's len(x) is x.rows() for a matrix, x.size() for a vector;"
                    + " x.size() counts all values",
            "np.zeros(2, 3)                  | hint: nnsh's names need no np. prefix: zeros(2, 3), randn(2, 3), dot(a, b)",
            "sum(x, 0)                       | hint: sum is a Matrix method: x.sum(…) calls it on the matrix x",
            "x.argmax(None)                  | hint: Java's None is null",
            "h.history                       | hint: the series are methods: h.loss() is Keras' history.history['loss'];"
                    + " also h.accuracy(), h.valLoss(), h.valAccuracy(), h.lr()",
            "h.val_loss()                    | hint: Java spells it valLoss()",
            "model.compile()                 | hint: a net needs no compile: the loss follows the final activation and"
                    + " fit takes the optimizer, model.fit(data, 100, adam(0.01))",
            "x.reshape(-1)                   | hint: reshape takes (rows, cols), one of them may be -1; numpy's"
                    + " x.reshape(-1) is x.flatten()",
    })
    void aPythonismGetsTheNnshSpelling(String source, String hint) {
        assertEquals(hint, lastLine(source));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "x[0]            | hint: a Matrix is indexed by methods: numpy's x[i, j] is x.get(i, j), x[i] is x.row(i),"
                    + " x[:, j] is x.col(j), x[a:b] is x.rows(a, b)",
            "x[:, 0]         | hint: Java has no slices: on a Matrix numpy's x[:, j] is x.col(j), x[a:b] is x.rows(a, b),"
                    + " x[:n] is x.head(n)",
            "x @ x.T()       | hint: Java has no @ operator: numpy's x @ y is x.dot(y)",
            "zeros((2, 3))   | hint: Java has no tuples: a shape goes as its sizes, numpy's zeros((2, 3)) is"
                    + " zeros(2, 3), x.reshape((3, 2)) is x.reshape(3, 2)",
            "x.reshape((1, 4)) | hint: Java has no tuples: a shape goes as its sizes, numpy's zeros((2, 3)) is"
                    + " zeros(2, 3), x.reshape((3, 2)) is x.reshape(3, 2)",
            "x ** 2          | hint: Java has no ** operator: numpy's x ** p is x.pow(p) (Math.pow(a, b) for numbers)",
            "x * 2           | hint: Java has no operators on a Matrix: numpy's x * k is x.times(k) (elementwise; the"
                    + " matrix product x @ y is x.dot(y))",
            "x + x           | hint: Java has no operators on a Matrix: numpy's x + y is x.plus(y)",
            "1 - x           | hint: Java has no operators on a Matrix: numpy's k - x is x.neg().plus(k)",
            "0.5 < x         | hint: Java has no operators on a Matrix: numpy's k < x is x.gt(k)",
            "-x              | hint: Java has no operators on a Matrix: numpy's -x is x.neg()",
            "double s = x.sum(0); | hint: a Matrix is not a number: x.sum() and x.mean() give numbers, x.get(i, j) one"
                    + " value",
    })
    void numpysOperatorsAndIndexingGetTheirMethods(String source, String hint) {
        assertEquals(hint, lastLine(source));
    }

    @Test
    void keywordArgumentsAreSpelledByPosition() {
        assertEquals("hint: Java has no keyword arguments: the axis goes by position, x.sum(0), and keepdims=True"
                + " is a true after it, x.sum(0, true)", lastLine("x.sum(axis=0, keepdims=true)"));
        assertEquals("hint: Java has no keyword arguments: model.fit(data, 100) trains 100 epochs",
                lastLine("model.fit(data, epochs=10)"));
        assertEquals("hint: Java has no keyword arguments: model.fit(data, 100, batchSize(32))",
                lastLine("model.fit(data, 10, batch_size=32)"));
    }

    @Test
    void kerasFitAndEvaluateOfXAndYSayToMakeADataset() {
        assertEquals("hint: fit takes a Dataset, not x and y: model.fit(Dataset.of(x, labels), 100),"
                + " Dataset.regression(x, targets) for a Matrix of targets", lastLine("model.fit(x, new int[] {0, 1}, 10)"));
        assertEquals("hint: evaluate takes a Dataset, not x and y: model.evaluate(Dataset.of(x, labels)),"
                + " Dataset.regression(x, targets) for a Matrix of targets", lastLine("model.evaluate(data.x(), data.y())"));
    }

    @Test
    void kerasArgumentOrderAndTypesSayWhatNnshTakes() {
        assertEquals("hint: the predictions come first: crossEntropy(yPred, labels), where Keras and scikit-learn take"
                + " y_true first", lastLine("crossEntropy(data.y(), model.forward(data.x()))"));
        assertEquals("hint: accuracy takes the net's outputs and the labels: accuracy(model.forward(x), y); two int[] of"
                + " classes compare as vector(pred).eq(vector(y)).mean()",
                lastLine("accuracy(model.predict(data.x()), data.y())"));
        assertEquals("hint: crossEntropy takes the net's outputs and the labels: crossEntropy(model.forward(x), y), not"
                + " predict's classes", lastLine("crossEntropy(model.predict(data.x()), data.y())"));
        assertEquals("hint: softmax works along each row, numpy's axis=1 (a vector is one row); softmax(x.T()).T()"
                + " works down the columns", lastLine("softmax(x, 1)"));
        assertEquals("hint: fit needs the number of epochs: model.fit(data, 100) (Keras' default is 1)",
                lastLine("model.fit(data)"));
        assertEquals("hint: a Dataset holds x and y: data.x() is its Matrix of features", lastLine("model.predict(data)"));
        assertEquals("hint: labels are an int[]: oneHot.argmax() turns one-hot rows (Keras' to_categorical) into"
                + " labels", lastLine("Dataset.of(data.x(), data.oneHot())"));
    }

    @Test
    void javaArraysTreatedAsNumpyArraysSayWhatTheyAre() {
        assertEquals("hint: an int[] is a Java array: a.length is its size, a[i] a value; vector(a) makes it a Matrix,"
                + " with numpy's methods", lastLine("model.predict(data.x()).argmax(1)"));
        assertEquals("hint: a double[] is a Java array: a.length is its size, a[i] a value; vector(a) makes it a"
                + " Matrix, with numpy's methods", lastLine("h.loss().mean()"));
        assertEquals("hint: an array's length is a.length (Python's len(a))", lastLine("len(data.y())"));
        assertEquals("hint: a java.lang.String[] is a Java array: a.length is its size, a[i] a value",
                lastLine("\"a,b\".split(\",\").len()"), "vector takes no String[]");
    }

    @Test
    void aNegativeArrayIndexSaysJavaCountsFromZeroOnly() {
        Evaluation result = session.eval("h.loss()[-1]");
        assertEquals("ArrayIndexOutOfBoundsException: Index -1 out of bounds for length 2; Java arrays have no"
                + " negative indices: Python's a[-1] is a[a.length - 1]", Failures.oneLine(result.exception()));
        result = session.eval("h.loss()[2]");
        assertEquals("ArrayIndexOutOfBoundsException: Index 2 out of bounds for length 2",
                Failures.oneLine(result.exception()));
    }

    @Test
    void anErrorThatIsNoPythonismGetsNoHint() {
        assertEquals("^", lastLine("undefinedName").strip());
        assertEquals("^", lastLine("x.foo()").strip());
        assertEquals("^", lastLine("int n = \"s\";").strip());
        assertEquals("^", lastLine("model.fit(data, epochs)").strip(), "an undefined epochs is no keyword argument");
    }

    @Test
    void anUndeclaredVariableNamedLikeANumpyFunctionGetsNoHint() {
        assertEquals("^", lastLine("int n = len + 1;").strip(), "a variable len is no call len(x)");
        assertEquals("^", lastLine("for (int i = 0; i < len; i++) {}").strip());
        assertEquals("^", lastLine("var v = array.length;").strip());
        assertEquals("^", lastLine("transpose = 1;").strip());
        assertEquals("^", lastLine("for (int i = 0; i < np; i++) {}").strip(), "a bare np is no np. prefix");
    }

    @Test
    void anAssignmentToAnUndeclaredVariableIsNoKeywordArgument() {
        assertEquals("^", lastLine("lr = 0.01;").strip(), "a statement lr = 0.01 forgot its declaration");
        assertEquals("^", lastLine("epochs = 10;").strip());
        assertEquals("^", lastLine("var y = lr = 3;").strip());
        assertEquals("hint: Java has no keyword arguments: model.fit(data, 100) trains 100 epochs",
                lastLine("model.fit(data, epochs = 10)"));
    }

    @Test
    void anAnnotationIsNoMatrixProduct() {
        assertEquals("^", lastLine("int y = @Deprecated 3;").strip(), "the @ opens an annotation, not x @ y");
        assertEquals("^", lastLine("Math.abs(@Deprecated 1)").strip());
        assertEquals("hint: Java has no @ operator: numpy's x @ y is x.dot(y)", lastLine("var z = x @ x.T();"));
        assertEquals("hint: Java has no @ operator: numpy's x @ y is x.dot(y)", lastLine("x.T() @ x"));
    }

    @Test
    void aUserClassNamedLikeAnNnshClassGetsNoNnshHint() {
        // a session of its own: these classes would shadow nnsh's for the other tests
        try (NnshSession own = NnshSession.start()) {
            own.eval("var x = zeros(2, 3);");
            own.eval("class Layer { int size; }");
            own.eval("class History { }");
            own.eval("class Net { void fit(int epochs) { } }");
            assertEquals("^", lastLine(own, "new Layer().weights").strip(), "the user's Layer has no params()");
            assertEquals("^", lastLine(own, "new History().history").strip());
            assertEquals("^", lastLine(own, "new Net().fit(x, 10)").strip());
        }
    }

    @Test
    void anOperatorOnAMatrixAndANonNumberGetsNoMethodHint() {
        assertEquals("^", lastLine("x * \"2\"").strip(), "x.times takes no String");
        assertEquals("^", lastLine("x - new int[] {1, 2}").strip());
        assertEquals("^", lastLine("true * x").strip());
        assertEquals("hint: Java has no operators on a Matrix: numpy's k * x is x.times(k) (elementwise; the matrix"
                + " product x @ y is x.dot(y))", lastLine("Integer.valueOf(2) * x"));
    }

    @Test
    void snakeCaseBecomesCamelCase() {
        assertEquals("valLoss", PythonHints.camelCase("val_loss"));
        assertEquals("predictProba", PythonHints.camelCase("predict_proba"));
    }
}
