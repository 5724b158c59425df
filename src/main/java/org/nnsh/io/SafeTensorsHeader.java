package org.nnsh.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;

/**
 * The JSON header of a safetensors file:
 * {@code {"__metadata__": {"k": "v"}, "name": {"dtype": "F64", "shape": [2, 3], "data_offsets": [0, 48]}}}.
 * Parsing is strict because the header comes from a file that may be damaged or tampered with:
 * duplicate names, unknown fields, numbers that are not non-negative integers and metadata values
 * that are not strings are rejected, never skipped. Whether the entries fit the data is
 * {@link SafeTensorsReader}'s concern.
 */
public record SafeTensorsHeader(List<Entry> entries, Map<String, String> metadata) {
    static final String METADATA = "__metadata__";

    /** One tensor: its element type, its shape, and its byte range {@code [begin, end)} in the data section. */
    public record Entry(String name, String dtype, List<Long> shape, long begin, long end) {
        public Entry {
            shape = List.copyOf(shape);
        }
    }

    public SafeTensorsHeader {
        entries = List.copyOf(entries);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /**
     * Compact JSON as the reference implementation writes it: {@code __metadata__} first (left out
     * when empty), then the entries in the given order.
     */
    public String toJson() {
        StringWriter text = new StringWriter();
        try (JsonWriter out = new JsonWriter(text)) {
            out.beginObject();
            if (!metadata.isEmpty()) {
                out.name(METADATA).beginObject();
                for (Map.Entry<String, String> e : metadata.entrySet()) {
                    out.name(e.getKey()).value(e.getValue());
                }
                out.endObject();
            }
            for (Entry entry : entries) {
                out.name(entry.name()).beginObject();
                out.name("dtype").value(entry.dtype());
                out.name("shape").beginArray();
                for (long extent : entry.shape()) {
                    out.value(extent);
                }
                out.endArray();
                out.name("data_offsets").beginArray().value(entry.begin()).value(entry.end()).endArray();
                out.endObject();
            }
            out.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    /** The header in {@code json}; an {@link IllegalArgumentException} says what is wrong with it. */
    static SafeTensorsHeader parse(String json) {
        try (JsonReader in = new JsonReader(new StringReader(json))) {
            in.setStrictness(Strictness.STRICT);
            expect(in, JsonToken.BEGIN_OBJECT, "the header");
            in.beginObject();
            List<Entry> entries = new ArrayList<>();
            Map<String, String> metadata = Map.of();
            Set<String> names = new HashSet<>();
            while (in.hasNext()) {
                String name = in.nextName();
                if (!names.add(name)) {
                    throw new IllegalArgumentException(quote(name) + " appears twice in the header");
                }
                if (name.equals(METADATA)) {
                    metadata = readMetadata(in);
                } else {
                    entries.add(readEntry(in, name));
                }
            }
            in.endObject();
            if (!atEnd(in)) {
                throw new IllegalArgumentException("the header has more text after its JSON object");
            }
            return new SafeTensorsHeader(entries, metadata);
        } catch (MalformedJsonException | EOFException e) {
            throw new IllegalArgumentException("the header is not valid JSON: " + problem(e));
        } catch (IOException e) {
            throw new UncheckedIOException("a StringReader does not fail", e);
        }
    }

    private static Map<String, String> readMetadata(JsonReader in) throws IOException {
        expect(in, JsonToken.BEGIN_OBJECT, METADATA);
        Map<String, String> metadata = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            String key = in.nextName();
            String what = METADATA + " " + quote(key);
            if (metadata.containsKey(key)) {
                throw new IllegalArgumentException(what + " appears twice");
            }
            expect(in, JsonToken.STRING, what);
            metadata.put(key, in.nextString());
        }
        in.endObject();
        return metadata;
    }

    private static Entry readEntry(JsonReader in, String name) throws IOException {
        String tensor = "tensor " + quote(name);
        expect(in, JsonToken.BEGIN_OBJECT, tensor);
        String dtype = null;
        List<Long> shape = null;
        List<Long> offsets = null;
        Set<String> fields = new HashSet<>();
        in.beginObject();
        while (in.hasNext()) {
            String field = in.nextName();
            String what = tensor + " " + field;
            if (!fields.add(field)) {
                throw new IllegalArgumentException(what + " appears twice");
            }
            switch (field) {
                case "dtype" -> {
                    expect(in, JsonToken.STRING, what);
                    dtype = in.nextString();
                }
                case "shape" -> shape = readIntegers(in, what);
                case "data_offsets" -> offsets = readIntegers(in, what);
                default -> throw new IllegalArgumentException(tensor + " has an unknown field " + quote(field)
                        + " (expected dtype, shape and data_offsets)");
            }
        }
        in.endObject();
        if (dtype == null || shape == null || offsets == null) {
            String missing = dtype == null ? "dtype" : shape == null ? "shape" : "data_offsets";
            throw new IllegalArgumentException(tensor + " has no " + missing);
        }
        if (offsets.size() != 2) {
            throw new IllegalArgumentException(tensor + " data_offsets should be [begin, end], got " + offsets);
        }
        return new Entry(name, dtype, shape, offsets.get(0), offsets.get(1));
    }

    private static List<Long> readIntegers(JsonReader in, String what) throws IOException {
        expect(in, JsonToken.BEGIN_ARRAY, what);
        List<Long> values = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            expect(in, JsonToken.NUMBER, what + " element");
            // The literal as written: a reader that converted it to double first would accept 2.0 or 1e3.
            String literal = in.nextString();
            if (!literal.matches("0|[1-9][0-9]*")) {
                throw new IllegalArgumentException(what + " should hold non-negative integers, got " + literal);
            }
            try {
                values.add(Long.parseLong(literal));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " value " + literal + " is too large");
            }
        }
        in.endArray();
        return values;
    }

    private static void expect(JsonReader in, JsonToken token, String what) throws IOException {
        JsonToken found = in.peek();
        if (found != token) {
            throw new IllegalArgumentException(what + " should be " + describe(token) + ", got " + describe(found));
        }
    }

    /** Whether only whitespace follows the top-level object (in strict mode, anything else is a syntax error). */
    private static boolean atEnd(JsonReader in) throws IOException {
        try {
            return in.peek() == JsonToken.END_DOCUMENT;
        } catch (MalformedJsonException e) {
            return false;
        }
    }

    /**
     * Gson's first line, less the advice it gives its caller on strict-mode failures and, for a
     * {@code JsonSyntaxException}, the class name of the exception it wraps.
     */
    public static String problem(Exception e) {
        Throwable reason = e.getCause() instanceof IOException io ? io : e;
        String first = String.valueOf(reason.getMessage()).lines().findFirst().orElse("");
        String advice = "Use JsonReader.setStrictness(Strictness.LENIENT) to accept ";
        return first.startsWith(advice) ? first.substring(advice.length()) : first;
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case BEGIN_OBJECT -> "a JSON object";
            case BEGIN_ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "the end of the text";
        };
    }

    private static String quote(String name) {
        return "\"" + name + "\"";
    }
}
