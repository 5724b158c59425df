package org.nnsh.nn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The numpy runs of fixtures/training/training.txt (written by make_training_fixtures.py next to it):
 * one case a line, tab-separated fields, each a key and its space-separated numbers.
 */
final class TrainingFixtures {
    private static final Map<String, Case> CASES = read();

    private TrainingFixtures() {
    }

    static Case of(String name) {
        Case c = CASES.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no training fixture named " + name + "; there are " + CASES.keySet());
        }
        return c;
    }

    /** One numpy run: its per-epoch series and single figures by key. */
    record Case(String name, Map<String, double[]> fields) {
        double[] values(String key) {
            double[] v = fields.get(key);
            if (v == null) {
                throw new IllegalArgumentException("training fixture " + name + " has no field " + key
                        + "; it has " + fields.keySet());
            }
            return v.clone();
        }

        boolean has(String key) {
            return fields.containsKey(key);
        }

        double value(String key) {
            return values(key)[0];
        }
    }

    private static Map<String, Case> read() {
        try (InputStream in = TrainingFixtures.class.getResourceAsStream("/fixtures/training/training.txt")) {
            Map<String, Case> cases = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split("\t");
                Map<String, double[]> fields = new HashMap<>();
                for (int i = 1; i < parts.length; i++) {
                    String[] words = parts[i].split(" ");
                    fields.put(words[0], Arrays.stream(words, 1, words.length).mapToDouble(Double::parseDouble).toArray());
                }
                cases.put(parts[0], new Case(parts[0], fields));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
