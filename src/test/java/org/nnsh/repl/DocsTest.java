package org.nnsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nnsh.Nnsh;

class DocsTest {
    /** Groups whose entries may document API that is still being built. */
    private static final Set<String> AHEAD_OF_CODE = Set.of("training", "plots");
    private static final List<String> PACKAGES = List.of("org.nnsh", "org.nnsh.tensor", "org.nnsh.nn", "org.nnsh.data",
            "org.nnsh.plot");

    @Test
    void everyPublicStaticOfTheFacadeHasAnEntry() {
        Set<String> missing = new TreeSet<>();
        for (Method m : Nnsh.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
                    && Docs.all().stream().noneMatch(d -> d.name().equals(m.getName()))) {
                missing.add(m.getName());
            }
        }
        assertEquals(Set.of(), missing, "facade functions without an entry in docs.md");
    }

    @Test
    void everyEntryNamesSomethingThatExists() {
        List<String> unknown = Docs.all().stream()
                .filter(d -> !AHEAD_OF_CODE.contains(d.group()) && owner(d).isEmpty())
                .map(Docs.Doc::name).collect(Collectors.toList());
        assertEquals(List.of(), unknown, "entries naming no facade function, class or member");
    }

    @Test
    void everySignatureIsARealOne() {
        List<String> wrong = new ArrayList<>();
        for (Docs.Doc doc : Docs.all()) {
            Optional<Class<?>> owner = owner(doc);
            if (owner.isEmpty()) {
                continue;
            }
            for (String signature : doc.signature().split("\n")) {
                if (signature.matches("(final |abstract )?(class|interface|record) \\w+")) {
                    if (!signature.endsWith(" " + owner.get().getSimpleName())) {
                        wrong.add(doc.name() + ": '" + signature + "'");
                    }
                    continue;
                }
                String method = methodName(signature);
                List<String> real = signatures(owner.get(), method);
                boolean ahead = AHEAD_OF_CODE.contains(doc.group()) && real.isEmpty();
                if (!ahead && !real.contains(erase(signature))) {
                    wrong.add(doc.name() + ": '" + signature + "' but " + owner.get().getSimpleName() + " has " + real);
                }
            }
        }
        assertEquals(List.of(), wrong, "signatures in docs.md that match no method");
    }

    @Test
    void allListsEntriesInGroupOrder() {
        List<Integer> order = Docs.all().stream().map(d -> Docs.GROUPS.indexOf(d.group())).collect(Collectors.toList());
        List<Integer> sorted = new ArrayList<>(order);
        sorted.sort(null);
        assertEquals(sorted, order);
        assertEquals("arrays", Docs.all().get(0).group());
        assertEquals("printing", Docs.all().get(Docs.all().size() - 1).group());
    }

    @Test
    void softmaxEntryGivesFormulaBackwardStableFormAndEquivalents() {
        Docs.Doc softmax = Docs.find("softmax").orElseThrow();
        assertEquals("activations", softmax.group());
        assertEquals("Matrix softmax(Matrix x)", softmax.signature());
        assertEquals("Row-wise softmax: each row becomes a probability distribution (a vector is one row).", softmax.summary());
        assertTrue(softmax.text().startsWith("Matrix softmax(Matrix x)\n\nRow-wise softmax: each row becomes"), softmax.text());
        assertTrue(softmax.text().contains("Formula: y = exp(x − max) / Σ exp(x − max), row-wise"), softmax.text());
        assertTrue(softmax.text().contains("  dX = y ⊙ (dY − rowsum(dY ⊙ y))\nnot the elementwise p(1 − p)"), softmax.text());
        assertTrue(softmax.text().contains("numpy: e = np.exp(x - x.max(1, keepdims=True)); e / e.sum(1, keepdims=True)"));
        assertTrue(softmax.text().contains("Keras: keras.activations.softmax   PyTorch: torch.softmax(x, dim=1)"));
    }

    @Test
    void crossEntropyEntryGivesClippingLabelsAndTheLogitsPitfall() {
        Docs.Doc ce = Docs.find("crossEntropy").orElseThrow();
        assertEquals("double crossEntropy(Matrix yPred, int[] labels)\ndouble crossEntropy(Matrix yPred, Matrix oneHot)",
                ce.signature());
        assertTrue(ce.text().contains("predictions are clipped to [1e-7, 1 − 1e-7] before the log"), ce.text());
        assertTrue(ce.text().contains("Keras: keras.losses.CategoricalCrossentropy (one-hot) / SparseCategoricalCrossentropy (int labels)"));
        assertTrue(ce.text().contains("PyTorch: nn.CrossEntropyLoss()(logits, labels) takes LOGITS, not probabilities"));
    }

    @Test
    void aMemberIsFoundByItsQualifiedNameItsSimpleNameOrThroughAVariable() {
        Docs.Doc dot = Docs.find("Matrix.dot").orElseThrow();
        assertEquals("Matrix dot(Matrix o)", dot.signature());
        assertEquals("The matrix product: (r×k)·(k×c) → r×c; a vector on the right acts as a column.", dot.summary());
        assertEquals(Optional.of(dot), Docs.find("m.dot"));
        assertEquals(Optional.of(dot), Docs.find(" x.T().dot "));
        // a bare name is a facade function first: dot(a, b), as shuffle is
        assertEquals("dot", Docs.find("dot").orElseThrow().name());
        assertEquals(Optional.of(Docs.find("Matrix.abs").orElseThrow()), Docs.find("m.abs"));
    }

    @Test
    void dotsDocPointsAtItemForTheNumberOfAVectorTimesAVector() {
        // it still said ".get(0) is that number" after Matrix.item() came, numpy's a.item()
        String text = Docs.find("Matrix.dot").orElseThrow().text();
        assertTrue(text.contains(".item() is that number"), text);
    }

    @Test
    void aMethodDocumentedInAnotherEntryIsFoundThroughItsSignature() {
        assertEquals("Matrix.gt", Docs.find("lt").orElseThrow().name());
        assertEquals("Matrix.gt", Docs.find("m.le").orElseThrow().name());
        assertEquals("Net.layers", Docs.find("model.layer").orElseThrow().name());
    }

    @Test
    void membersAnEntrysTextNamesAreFound() {
        // iris().classNames() is a doc example, score.loss(), currentLearningRate() … are named in entries
        assertEquals("Dataset", Docs.find("Dataset.classNames").orElseThrow().name());
        assertEquals("Dataset", Docs.find("Dataset.of").orElseThrow().name());
        assertEquals("Dataset", Docs.find("Dataset.regression").orElseThrow().name());
        assertEquals("Optimizer", Docs.find("Optimizer.currentLearningRate").orElseThrow().name());
        assertEquals("NetGradCheck", Docs.find("NetGradCheck.passes").orElseThrow().name());
        assertEquals("Score", Docs.find("Score.loss").orElseThrow().name());
        assertEquals("Layer", Docs.find("Layer.label").orElseThrow().name());
        assertEquals("Param", Docs.find("Param.name").orElseThrow().name());
        assertEquals("FitOptions", Docs.find("FitOptions.shuffle").orElseThrow().name());
    }

    @Test
    void gradCheckAndTheInspectionOfLayersAndParamsHaveEntries() {
        assertEquals("Net.gradCheck", Docs.find("gradCheck").orElseThrow().name());
        assertEquals("Net.gradCheck", Docs.find("Net.gradCheck").orElseThrow().name());
        assertEquals("Net.gradCheck", Docs.find("model.gradCheck").orElseThrow().name());
        assertEquals("Layer.output", Docs.find("Layer.output").orElseThrow().name());
        assertEquals("Param.grad", Docs.find("Param.grad").orElseThrow().name());
        assertEquals("Param.value", Docs.find("Param.value").orElseThrow().name());
        assertEquals("Param.value", Docs.find("p.set").orElseThrow().name());
    }

    @Test
    void bothChartsSavePngHaveEntries() {
        assertEquals("LineChart.savePng", Docs.find("LineChart.savePng").orElseThrow().name());
        assertEquals("DecisionMap.savePng", Docs.find("DecisionMap.savePng").orElseThrow().name());
        assertEquals("Path savePng(String path)\nPath savePng(Path path)", Docs.find("DecisionMap.savePng").orElseThrow().signature());
        assertTrue(Docs.find("savePng").isPresent());
    }

    @Test
    void aMemberOfANamedTypeIsOnlyThatTypesOwn() {
        assertFalse(Docs.find("Matrix.x").isPresent());
        assertFalse(Docs.find("Matrix.fit").isPresent());
        assertFalse(Docs.find("Matrix.split").isPresent());
        assertFalse(Docs.find("Net.oneHot").isPresent());
        assertFalse(Docs.find("Dataset.dot").isPresent());
        assertFalse(Docs.find("Matrix.softmax").isPresent());
        assertFalse(Docs.find("Matrix.foo").isPresent());
        assertEquals("Matrix.dot", Docs.find("Matrix.dot").orElseThrow().name());
        assertEquals("Matrix.gt", Docs.find("Matrix.lt").orElseThrow().name());
        assertEquals("Dataset.x", Docs.find("Dataset.x").orElseThrow().name());
        // a variable before the dot is no type: its member, or a function, as before
        assertEquals("Net.fit", Docs.find("model.fit").orElseThrow().name());
        assertEquals("Dataset.x", Docs.find("data.x").orElseThrow().name());
        assertEquals("softmax", Docs.find("m.softmax").orElseThrow().name());
        assertEquals("Matrix.dot", Docs.find("X.dot").orElseThrow().name());
    }

    @Test
    void closeNamesOfANumpyOrKerasNameAreTheEntriesThatGiveIt() {
        // /doc matmul said only 'no doc for matmul'; Matrix.dot's Keras and PyTorch lines name it
        assertEquals(List.of("Matrix.dot"), Docs.closeNames("matmul"));
        assertEquals(List.of("Matrix.flatten"), Docs.closeNames("ravel"));
        assertEquals(List.of("Matrix.T"), Docs.closeNames("transpose"));
        assertEquals(List.of("Matrix.rows"), Docs.closeNames("len"));
        assertEquals(List.of("Dataset.oneHot"), Docs.closeNames("to_categorical"));
        assertEquals("Net.fit", Docs.closeNames("compile").get(0));
        assertEquals(List.of(), Docs.closeNames("np"), "a module prefix (np.dot) names no function");
    }

    @Test
    void closeNamesAreTheSameNameElsewhereInAnyCase() {
        assertEquals(List.of("Dataset.x"), Docs.closeNames("Matrix.x"));
        assertEquals(List.of("Net.fit"), Docs.closeNames("Matrix.fit"));
        assertEquals("softmax", Docs.closeNames("Softmax").get(0));
        assertEquals(List.of(), Docs.closeNames("Matrix.foo"));
        assertEquals(List.of(), Docs.closeNames("transformer"));
    }

    @Test
    void aTypoGetsTheNamesItCouldBe() {
        assertEquals(List.of("softmax"), Docs.closeNames("sofmax"));
        assertEquals(List.of("sigmoid"), Docs.closeNames("sigmod"));
        assertEquals("crossEntropy", Docs.closeNames("crosentropy").get(0));
        assertEquals("Matrix.argmax", Docs.closeNames("Matrix.argmx").get(0));
        assertEquals(List.of(), Docs.closeNames("nothingLikeThis"));
        assertEquals(List.of(), Docs.closeNames("m."));
        assertEquals("no doc for Matrix.x; documented: Dataset.x: /help lists the documented names",
                Messages.noDoc("Matrix.x", Docs.closeNames("Matrix.x")));
        assertEquals("no doc for nope: /help lists the documented names", Messages.noDoc("nope", List.of()));
    }

    @Test
    void everyNameTheReadmeListsAsPreloadedHasAnEntry() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## What is preloaded\n");
        assertTrue(start >= 0, "README.md has no 'What is preloaded' section");
        List<String> names = new ArrayList<>();
        for (String row : readme.substring(start).split("\n\n", 3)[1].lines().skip(2).collect(Collectors.toList())) {
            Matcher code = Pattern.compile("`([^`]+)`").matcher(row.split("\\|")[2]);
            while (code.find()) {
                // net().dense(in, out).relu() → net, dense, relu: the calls, not their parameters
                String calls = code.group(1);
                for (String prev = ""; !prev.equals(calls); ) {
                    prev = calls;
                    calls = calls.replaceAll("\\([^()]*\\)", "");
                }
                Arrays.stream(calls.split("\\W+")).filter(n -> n.matches("[A-Za-z_]\\w*")).forEach(names::add);
            }
        }
        assertTrue(names.containsAll(List.of("vector", "toRealMatrix", "Activations", "gradCheck", "decay", "beta1")), names.toString());
        assertEquals(List.of(), names.stream().filter(n -> Docs.find(n).isEmpty()).collect(Collectors.toList()),
                "names README.md lists as preloaded without an entry in docs.md");
    }

    @Test
    void everyMemberTheReadmeAndTheDesignNameIsFoundOnItsType() {
        Map<String, List<String>> members = Map.of(
                "Matrix", List.of("rows", "cols", "shape", "get", "row", "col", "head", "take", "reshape", "dot", "plus",
                        "minus", "times", "div", "T", "sum", "mean", "max", "min", "std", "var", "argmax", "argmin", "exp",
                        "log", "sqrt", "pow", "abs", "clip", "round", "map", "gt", "lt", "eq", "allClose", "toArray",
                        "toString", "toRealMatrix"),
                "Dataset", List.of("x", "y", "targets", "size", "oneHot", "shuffle", "split"),
                "Net", List.of("dense", "relu", "leakyRelu", "sigmoid", "tanh", "softmax", "logSoftmax", "linear",
                        "dropout", "l1", "l2", "he", "glorot", "forward", "predict", "summary", "layers", "fit", "step",
                        "evaluate", "gradCheck", "history", "save"),
                "Activations", List.of("relu", "softmax", "gelu"),
                "Activation", List.of("forward", "backward"),
                "Losses", List.of("mae", "crossEntropy"),
                "Optimizer", List.of("decay"),
                "Sgd", List.of("momentum"),
                "RmsProp", List.of("rho"),
                "Adam", List.of("beta1", "beta2"));
        List<String> missing = new ArrayList<>();
        members.forEach((type, names) -> names.forEach(n -> {
            Optional<Docs.Doc> doc = Docs.find(type + "." + n);
            if (doc.isEmpty() || !(doc.get().name().equals(type) || doc.get().name().startsWith(type + "."))) {
                missing.add(type + "." + n + " → " + doc.map(Docs.Doc::name).orElse("nothing"));
            }
        }));
        assertEquals(List.of(), missing, "members README.md and DESIGN.md name without an entry on their type");
    }

    @Test
    void aTopLevelNameWinsOverAMemberOfTheSameName() {
        assertEquals("shuffle", Docs.find("shuffle").orElseThrow().name());
        assertEquals("Dataset.shuffle", Docs.find("Dataset.shuffle").orElseThrow().name());
    }

    @Test
    void unknownNamesAndCaseMismatchesFindNothing() {
        assertFalse(Docs.find("Softmax").isPresent());
        assertFalse(Docs.find("nope").isPresent());
        assertFalse(Docs.find("m.").isPresent());
        assertFalse(Docs.find("").isPresent());
    }

    @Test
    void parsesFieldsOverloadsAndBody() {
        List<Docs.Doc> docs = Docs.parse(String.join("\n",
                "# preface, ignored",
                "## print",
                "group: printing",
                "signature: void print(Object... values)",
                "summary: Prints.",
                "",
                "Body line.",
                "",
                "## zeros",
                "group: arrays",
                "signature: Matrix zeros(int rows, int cols)",
                "signature: Matrix zeros(int n)",
                "summary: Zeros.",
                ""));
        assertEquals(List.of(
                new Docs.Doc("zeros", "arrays", "Matrix zeros(int rows, int cols)\nMatrix zeros(int n)", "Zeros.",
                        "Matrix zeros(int rows, int cols)\nMatrix zeros(int n)\n\nZeros."),
                new Docs.Doc("print", "printing", "void print(Object... values)", "Prints.",
                        "void print(Object... values)\n\nPrints.\n\nBody line.")), docs);
    }

    @Test
    void rejectsAnUnknownGroupAMissingFieldAndAStrayFieldLine() {
        IllegalArgumentException group = assertThrows(IllegalArgumentException.class, () -> Docs.parse(
                "## a\ngroup: toys\nsignature: void a()\nsummary: A.\n"));
        assertTrue(group.getMessage().startsWith("docs: entry a has group toys; expected one of [arrays, random,"),
                group.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> Docs.parse(
                "## a\ngroup: arrays\nsummary: A.\n"));
        assertEquals("docs: entry a needs group:, signature: and summary: lines", missing.getMessage());
        IllegalArgumentException stray = assertThrows(IllegalArgumentException.class, () -> Docs.parse(
                "## a\ngroup: arrays\nsignature: void a()\nsummary: A.\nFormula right away\n"));
        assertTrue(stray.getMessage().startsWith("docs: entry a has an unknown field line 'Formula right away'"));
    }

    /** Where an entry's name lives: the facade for a function, the class itself, or the member's class. */
    private static Optional<Class<?>> owner(Docs.Doc doc) {
        String name = doc.name();
        int dot = name.indexOf('.');
        if (dot >= 0) {
            return type(name.substring(0, dot)).filter(c -> hasPublicMethod(c, name.substring(dot + 1)));
        }
        if (hasPublicMethod(Nnsh.class, name)) {
            return Optional.of(Nnsh.class);
        }
        return type(name);
    }

    private static Optional<Class<?>> type(String simpleName) {
        for (String pkg : PACKAGES) {
            try {
                return Optional.of(Class.forName(pkg + "." + simpleName));
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        return Optional.empty();
    }

    private static boolean hasPublicMethod(Class<?> c, String name) {
        return Arrays.stream(c.getMethods()).anyMatch(m -> m.getName().equals(name));
    }

    private static String methodName(String signature) {
        String beforeParen = signature.substring(0, signature.indexOf('('));
        return beforeParen.substring(beforeParen.lastIndexOf(' ') + 1);
    }

    /** The owner's public overloads of {@code name} as "Return name(Type, Type)", simple names, generics erased. */
    private static List<String> signatures(Class<?> owner, String name) {
        return Arrays.stream(owner.getMethods()).filter(m -> m.getName().equals(name))
                .map(m -> m.getReturnType().getSimpleName() + " " + name + "("
                        + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                        + ")")
                .sorted().collect(Collectors.toList());
    }

    /** "List<Double> f(double... xs, int n)" → "List f(double[], int)", comparable with {@link #signatures}. */
    private static String erase(String signature) {
        String plain = signature.replaceAll("<[^>]*>", "");
        int open = plain.indexOf('(');
        String params = plain.substring(open + 1, plain.lastIndexOf(')')).strip();
        String types = params.isEmpty() ? "" : Arrays.stream(params.split(","))
                .map(p -> p.strip().substring(0, p.strip().lastIndexOf(' ')).replace("...", "[]"))
                .collect(Collectors.joining(", "));
        return plain.substring(0, open) + "(" + types + ")";
    }
}
