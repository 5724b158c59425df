package org.nnsh.nn;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import org.nnsh.io.SafeTensorsHeader;

/**
 * What a saved net holds besides its tensors, as JSON for the file's metadata: the architecture,
 * one object per layer ({@code {"layer":"dense","inputs":2,"outputs":64,"l1Weights":0.0,…}},
 * {@code {"layer":"activation","name":"leakyRelu(0.01)"}}, {@code {"layer":"dropout","rate":0.1}}),
 * and the optimizer ({@code {"name":"adam","learningRate":0.05,…,"iterations":1000}}). Activations
 * and losses are stored by name, so only nnsh's own can be saved. Reading rejects anything it does
 * not know rather than skipping it.
 */
final class NetJson {
    private NetJson() {
    }

    /** One layer of a saved architecture. */
    sealed interface LayerSpec permits DenseSpec, ActivationSpec, DropoutSpec {
    }

    record DenseSpec(int inputs, int outputs, double l1Weights, double l1Biases, double l2Weights, double l2Biases)
            implements LayerSpec {
    }

    record ActivationSpec(Activation activation) implements LayerSpec {
    }

    record DropoutSpec(double rate) implements LayerSpec {
    }

    // ---------------------------------------------------------------- writing

    /** The architecture of {@code layers}; throws when one cannot be rebuilt from its description. */
    static String architecture(List<Layer> layers) {
        JsonArray array = new JsonArray();
        for (Layer layer : layers) {
            JsonObject o = new JsonObject();
            if (layer instanceof Dense d) {
                o.addProperty("layer", "dense");
                o.addProperty("inputs", d.inputs());
                o.addProperty("outputs", d.outputs());
                o.addProperty("l1Weights", d.l1Weights());
                o.addProperty("l1Biases", d.l1Biases());
                o.addProperty("l2Weights", d.l2Weights());
                o.addProperty("l2Biases", d.l2Biases());
            } else if (layer instanceof ActivationLayer a) {
                String name = a.activation().name();
                Activation rebuilt = activationOrNull(name);
                if (rebuilt == null || rebuilt.getClass() != a.activation().getClass()) {
                    throw new IllegalArgumentException(layer.label() + " uses the activation " + name
                            + ", which is not one of nnsh's own; only those can be saved and rebuilt by name");
                }
                o.addProperty("layer", "activation");
                o.addProperty("name", name);
            } else if (layer instanceof Dropout d) {
                o.addProperty("layer", "dropout");
                o.addProperty("rate", d.rate());
            } else {
                throw new IllegalArgumentException(layer.label() + " is a kind of layer that cannot be saved");
            }
            array.add(o);
        }
        return array.toString();
    }

    /** The optimizer's name, hyper-parameters and step count. */
    static String optimizer(Optimizer optimizer) {
        JsonObject o = new JsonObject();
        o.addProperty("name", optimizer.name());
        optimizer.hyperParameters().forEach(o::addProperty);
        o.addProperty("iterations", optimizer.iterations());
        return o.toString();
    }

    /** The name a loss is saved under; throws when it is not one nnsh can find again by name. */
    static String lossName(Loss loss) {
        Loss rebuilt = lossOrNull(loss.name());
        if (rebuilt == null || rebuilt.getClass() != loss.getClass()) {
            throw new IllegalArgumentException("the loss " + loss.name()
                    + " is not one of nnsh's own; only those can be saved and rebuilt by name");
        }
        return loss.name();
    }

    // ---------------------------------------------------------------- reading

    static List<LayerSpec> readArchitecture(String json) {
        JsonElement root = parse(json, "architecture");
        if (!root.isJsonArray()) {
            throw new IllegalArgumentException("the architecture should be a JSON array of layers, got " + root);
        }
        List<LayerSpec> layers = new ArrayList<>();
        for (JsonElement element : root.getAsJsonArray()) {
            String what = "architecture layer " + layers.size();
            JsonObject o = object(element, what);
            String kind = string(o, "layer", what);
            switch (kind) {
                case "dense" -> {
                    onlyKeys(o, what, "layer", "inputs", "outputs", "l1Weights", "l1Biases", "l2Weights", "l2Biases");
                    layers.add(new DenseSpec(positiveInt(o, "inputs", what), positiveInt(o, "outputs", what),
                            number(o, "l1Weights", what), number(o, "l1Biases", what),
                            number(o, "l2Weights", what), number(o, "l2Biases", what)));
                }
                case "activation" -> {
                    onlyKeys(o, what, "layer", "name");
                    String name = string(o, "name", what);
                    Activation activation = activationOrNull(name);
                    if (activation == null) {
                        throw new IllegalArgumentException(what + ": unknown activation " + quote(name));
                    }
                    layers.add(new ActivationSpec(activation));
                }
                case "dropout" -> {
                    onlyKeys(o, what, "layer", "rate");
                    layers.add(new DropoutSpec(number(o, "rate", what)));
                }
                default -> throw new IllegalArgumentException(what + ": unknown kind " + quote(kind)
                        + " (expected dense, activation or dropout)");
            }
        }
        return layers;
    }

    /** The optimizer described by {@code json}, with its step count restored (its per-parameter state is the caller's). */
    static Optimizer readOptimizer(String json) {
        JsonObject o = object(parse(json, "optimizer"), "the optimizer");
        String name = string(o, "name", "the optimizer");
        String what = "the optimizer " + name;
        double learningRate = number(o, "learningRate", what);
        double decay = number(o, "decay", what);
        Optimizer optimizer = switch (name) {
            case "sgd" -> new Sgd(learningRate, decay, number(o, "momentum", what));
            case "adagrad" -> new Adagrad(learningRate, decay, number(o, "epsilon", what));
            case "rmsprop" -> new RmsProp(learningRate, decay, number(o, "rho", what), number(o, "epsilon", what));
            case "adam" -> new Adam(learningRate, decay, number(o, "beta1", what), number(o, "beta2", what),
                    number(o, "epsilon", what));
            default -> throw new IllegalArgumentException("unknown optimizer " + quote(name)
                    + " (expected sgd, adagrad, rmsprop or adam)");
        };
        List<String> keys = new ArrayList<>(List.of("name", "iterations"));
        keys.addAll(optimizer.hyperParameters().keySet());
        onlyKeys(o, what, keys.toArray(String[]::new));
        JsonPrimitive iterations = primitive(o, "iterations", what);
        if (!iterations.isNumber() || !iterations.getAsString().matches("0|[1-9][0-9]{0,17}")) {
            throw new IllegalArgumentException(what + ": iterations should be a non-negative integer, got " + iterations);
        }
        optimizer.iterations(Long.parseLong(iterations.getAsString()));
        return optimizer;
    }

    /** The loss saved as {@code name}. */
    static Loss readLoss(String name) {
        Loss loss = lossOrNull(name);
        if (loss == null) {
            throw new IllegalArgumentException("unknown loss " + quote(name)
                    + " (expected crossEntropy, nll, binaryCrossEntropy, mse or mae)");
        }
        return loss;
    }

    // ---------------------------------------------------------------- names

    /** nnsh's activation called {@code name} ({@code relu}, {@code leakyRelu(0.01)}, {@code elu(1.0)}, …), or null. */
    private static Activation activationOrNull(String name) {
        int open = name.indexOf('(');
        if (open < 0) {
            return switch (name) {
                case "relu" -> Activations.relu();
                case "sigmoid" -> Activations.sigmoid();
                case "tanh" -> Activations.tanh();
                case "softmax" -> Activations.softmax();
                case "logSoftmax" -> Activations.logSoftmax();
                case "step" -> Activations.step();
                case "linear" -> Activations.linear();
                case "gelu" -> Activations.gelu();
                case "geluTanh" -> Activations.geluTanh();
                case "silu" -> Activations.silu();
                case "softplus" -> Activations.softplus();
                default -> null;
            };
        }
        if (!name.endsWith(")")) {
            return null;
        }
        double alpha;
        try {
            alpha = Double.parseDouble(name.substring(open + 1, name.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (!Double.isFinite(alpha)) {
            return null;
        }
        return switch (name.substring(0, open)) {
            case "leakyRelu" -> Activations.leakyRelu(alpha);
            case "elu" -> Activations.elu(alpha);
            default -> null;
        };
    }

    private static Loss lossOrNull(String name) {
        return switch (name) {
            case "crossEntropy" -> Losses.crossEntropy();
            case "nll" -> Losses.nll();
            case "binaryCrossEntropy" -> Losses.binaryCrossEntropy();
            case "mse" -> Losses.mse();
            case "mae" -> Losses.mae();
            default -> null;
        };
    }

    // ---------------------------------------------------------------- strict JSON access

    private static JsonElement parse(String json, String what) {
        try (JsonReader in = new JsonReader(new StringReader(json))) {
            // Set explicitly, strictness holds inside JsonParser; left at its default, Gson parses leniently.
            in.setStrictness(Strictness.STRICT);
            JsonElement root = JsonParser.parseReader(in);
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("the " + what + " has more text after its JSON value");
            }
            return root;
        } catch (JsonParseException | IOException e) {
            // SafeTensorsHeader's wording: Gson's own names its exception class and tells its caller to parse leniently
            throw new IllegalArgumentException("the " + what + " is not valid JSON: " + SafeTensorsHeader.problem(e));
        }
    }

    private static JsonObject object(JsonElement element, String what) {
        if (!element.isJsonObject()) {
            throw new IllegalArgumentException(what + " should be a JSON object, got " + element);
        }
        return element.getAsJsonObject();
    }

    private static void onlyKeys(JsonObject o, String what, String... keys) {
        Set<String> allowed = Set.of(keys);
        for (String key : o.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(what + " has an unknown field " + quote(key));
            }
        }
    }

    private static JsonPrimitive primitive(JsonObject o, String key, String what) {
        JsonElement value = o.get(key);
        if (value == null) {
            throw new IllegalArgumentException(what + " has no " + key);
        }
        if (!value.isJsonPrimitive()) {
            throw new IllegalArgumentException(what + ": " + key + " should be a number or a string, got " + value);
        }
        return value.getAsJsonPrimitive();
    }

    private static String string(JsonObject o, String key, String what) {
        JsonPrimitive value = primitive(o, key, what);
        if (!value.isString()) {
            throw new IllegalArgumentException(what + ": " + key + " should be a string, got " + value);
        }
        return value.getAsString();
    }

    private static double number(JsonObject o, String key, String what) {
        JsonPrimitive value = primitive(o, key, what);
        if (!value.isNumber()) {
            throw new IllegalArgumentException(what + ": " + key + " should be a number, got " + value);
        }
        return value.getAsDouble();
    }

    private static int positiveInt(JsonObject o, String key, String what) {
        JsonPrimitive value = primitive(o, key, what);
        if (!value.isNumber() || !value.getAsString().matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException(what + ": " + key + " should be a positive integer, got " + value);
        }
        return Integer.parseInt(value.getAsString());
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
