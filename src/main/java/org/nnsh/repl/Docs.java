package org.nnsh.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jline.utils.Levenshtein;

/**
 * nnsh's own documentation of its preloaded vocabulary, for {@code /doc} and Tab help: JShell's
 * {@code documentation()} finds no Javadoc for a library jar. The entries live in the resource
 * {@code docs.md} next to this class, read once on first use.
 *
 * <p>The file is markdown with one section per entry:
 * <pre>
 * ## softmax
 * group: activations
 * signature: Matrix softmax(Matrix x)
 * summary: Row-wise softmax: each row becomes a probability distribution.
 *
 * Free text: formula, derivative, stable form, numpy / Keras / PyTorch.
 * </pre>
 * An entry may have several {@code signature:} lines (overloads). Everything before the first
 * {@code ##} is a preface and ignored. Examples in the text are doctest style, {@code >>> code} and
 * then what it prints; the tests run them, so they cannot go stale.
 */
public final class Docs {
    /** The groups in the order {@link #all()} and {@code /help} list them. */
    public static final List<String> GROUPS = List.of(
            "arrays", "random", "activations", "losses", "metrics", "datasets", "networks", "training", "plots",
            "printing");

    private static final String RESOURCE = "docs.md";

    private Docs() {
    }

    /**
     * One documented name.
     *
     * @param name      as a user types it: {@code softmax}, or {@code Matrix.dot} for a member
     * @param group     one of {@link #GROUPS}
     * @param signature the real Java signature; overloads one per line
     * @param summary   one line
     * @param text      the whole entry as {@code /doc} shows it: signatures, summary, then the details
     */
    public record Doc(String name, String group, String signature, String summary, String text) {
        /** The part after the last dot: {@code dot} for {@code Matrix.dot}. */
        String simpleName() {
            return name.substring(name.lastIndexOf('.') + 1);
        }

        /** Whether one of the signatures declares a method called {@code method}. */
        boolean declares(String method) {
            return signature.lines().anyMatch(s -> s.matches(".*[ .]" + Pattern.quote(method) + "\\(.*"));
        }
    }

    /** Parsed on first use: the class is loaded by the first call. */
    private static final class Index {
        static final List<Doc> ALL = load();
    }

    /** Every entry, grouped in {@link #GROUPS} order, file order within a group. */
    public static List<Doc> all() {
        return Index.ALL;
    }

    /**
     * The entry for {@code name}, case-sensitive: an exact name ({@code softmax}, {@code Matrix.dot});
     * else, after a documented type ({@code Matrix.lt}), only an entry of that type whose signatures
     * declare the method ({@code lt} is documented with {@code Matrix.gt}), never another type's member;
     * else, for a name after a receiver ({@code m.dot}, {@code x.T().dot}), a member of that simple
     * name, then a facade function; for a bare name ({@code dot}, {@code shuffle}), a facade function,
     * then a member; else the entry whose signatures declare that method.
     */
    public static Optional<Doc> find(String name) {
        String wanted = name.strip();
        Optional<Doc> exact = all().stream().filter(d -> d.name().equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        int dot = wanted.lastIndexOf('.');
        String simple = wanted.substring(dot + 1);
        if (simple.isEmpty()) {
            return Optional.empty();
        }
        String receiver = dot < 0 ? "" : wanted.substring(0, dot);
        if (isType(receiver)) {
            return all().stream().filter(d -> ownedBy(d, receiver) && d.declares(simple)).findFirst();
        }
        // after a receiver (m.dot) a member comes first; a bare name (dot) is a facade function first
        Predicate<Doc> member = d -> d.name().indexOf('.') >= 0 && d.simpleName().equals(simple);
        Predicate<Doc> topLevel = d -> d.name().equals(simple);
        boolean hasReceiver = dot >= 0;
        return all().stream().filter(hasReceiver ? member : topLevel).findFirst()
                .or(() -> all().stream().filter(hasReceiver ? topLevel : member).findFirst())
                .or(() -> all().stream().filter(d -> d.declares(simple)).findFirst());
    }

    /**
     * For a name {@link #find} does not know, the documented names that look like what was meant: the
     * same simple name, in any case, as a function or another type's member ({@code Dataset.x} for
     * {@code Matrix.x}, {@code softmax} for {@code Softmax}), or a method of that name declared in an entry;
     * failing those, the names one typo away ({@code softmax} for {@code sofmax}; two for names
     * longer than four letters), the closest first.
     */
    public static List<String> closeNames(String name) {
        String wanted = name.strip();
        String simple = wanted.substring(wanted.lastIndexOf('.') + 1);
        if (simple.isEmpty()) {
            return List.of();
        }
        List<String> same = all().stream()
                .filter(d -> !d.name().equals(wanted)
                        && (d.simpleName().equalsIgnoreCase(simple) || d.declares(simple)))
                .map(Doc::name).distinct().collect(Collectors.toList());
        if (!same.isEmpty()) {
            return same;
        }
        List<String> equivalents = equivalents(simple);
        if (!equivalents.isEmpty()) {
            return equivalents;
        }
        int typos = simple.length() > 4 ? 2 : 1;
        String lower = simple.toLowerCase(Locale.ROOT);
        return all().stream()
                .filter(d -> typos(lower, d) <= typos)
                .sorted(Comparator.comparingInt(d -> typos(lower, d)))
                .map(Doc::name).distinct().limit(3).collect(Collectors.toList());
    }

    /**
     * The entries whose numpy, Keras or PyTorch line names {@code name}: {@code /doc matmul} is
     * Matrix.dot (keras.ops.matmul, torch.matmul), {@code /doc ravel} Matrix.flatten, as a user of those
     * libraries would look them up.
     */
    private static List<String> equivalents(String name) {
        Pattern word = Pattern.compile("(?<![\\w])" + Pattern.quote(name) + "(?![\\w.])");
        return all().stream()
                .filter(d -> d.text().lines().anyMatch(l -> INTEROP.matcher(l).lookingAt() && word.matcher(l).find()))
                .map(Doc::name).distinct().limit(3).collect(Collectors.toList());
    }

    /** The lines of an entry that give the other libraries' spelling. */
    private static final Pattern INTEROP = Pattern.compile("(numpy|Keras|PyTorch): ");

    private static int typos(String lowerCaseName, Doc doc) {
        return Levenshtein.distance(lowerCaseName, doc.simpleName().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} is a type with an entry of its own ({@code Matrix}), not a variable ({@code m}). */
    private static boolean isType(String name) {
        return all().stream().anyMatch(d -> d.name().equals(name) && d.signature().lines()
                .anyMatch(s -> s.matches("(\\w+ )*(class|interface|record) " + Pattern.quote(name))));
    }

    /** Whether {@code doc} is the type {@code type} or one of its members. */
    private static boolean ownedBy(Doc doc, String type) {
        return doc.name().equals(type) || doc.name().startsWith(type + ".");
    }

    private static List<Doc> load() {
        try (InputStream in = Docs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("docs: resource " + RESOURCE + " missing next to " + Docs.class.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("docs: cannot read " + RESOURCE, e);
        }
    }

    /** Parses the docs markdown described on the class; rejects entries that lack a field or name an unknown group. */
    static List<Doc> parse(String markdown) {
        List<Doc> docs = new ArrayList<>();
        List<String> section = null;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (section != null) {
                    docs.add(entry(section));
                }
                section = new ArrayList<>();
            }
            if (section != null) {
                section.add(line.stripTrailing());
            }
        }
        if (section != null) {
            docs.add(entry(section));
        }
        docs.sort(Comparator.comparingInt(d -> GROUPS.indexOf(d.group())));
        return List.copyOf(docs);
    }

    private static Doc entry(List<String> lines) {
        String name = lines.get(0).substring(3).strip();
        String group = null;
        String summary = null;
        List<String> signatures = new ArrayList<>();
        int body = 1;
        for (; body < lines.size() && !lines.get(body).isBlank(); body++) {
            String line = lines.get(body);
            int colon = line.indexOf(':');
            String key = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            switch (key) {
                case "group" -> group = value;
                case "signature" -> signatures.add(value);
                case "summary" -> summary = value;
                default -> throw new IllegalArgumentException("docs: entry " + name + " has an unknown field line '"
                        + line + "'; expected group:, signature: or summary:, then a blank line");
            }
        }
        if (group == null || summary == null || signatures.isEmpty()) {
            throw new IllegalArgumentException("docs: entry " + name + " needs group:, signature: and summary: lines");
        }
        if (!GROUPS.contains(group)) {
            throw new IllegalArgumentException("docs: entry " + name + " has group " + group + "; expected one of " + GROUPS);
        }
        String details = String.join("\n", lines.subList(body, lines.size())).strip();
        String signature = String.join("\n", signatures);
        String text = signature + "\n\n" + summary + (details.isEmpty() ? "" : "\n\n" + details);
        return new Doc(name, group, signature, summary, text);
    }
}
