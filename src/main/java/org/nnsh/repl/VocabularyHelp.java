package org.nnsh.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /help}'s half about the preloaded vocabulary: for each group of the doc index its names,
 * wrapped, and one example taken from the index.
 */
final class VocabularyHelp {
    private static final int WIDTH = 100;
    private static final String DOCTEST = ">>> ";
    /** A doctest that declares a variable: {@code var hist = …}, {@code Matrix p = …}. */
    private static final Pattern DECLARATION = Pattern.compile("^(?:final\\s+)?[\\w.<>\\[\\]]+\\s+(\\w+)\\s*=[^=]");

    private VocabularyHelp() {
    }

    static String text() {
        Map<String, List<Docs.Doc>> byGroup = Docs.all().stream().collect(Collectors.groupingBy(Docs.Doc::group));
        int groupWidth = Docs.GROUPS.stream().mapToInt(String::length).max().orElse(0);
        String indent = " ".repeat(2 + groupWidth + 2);
        StringBuilder text = new StringBuilder("The vocabulary (/doc NAME tells more about any name):");
        for (String group : Docs.GROUPS) {
            List<Docs.Doc> docs = byGroup.get(group);
            if (docs == null) {
                continue;
            }
            text.append("\n  ").append(group).append(" ".repeat(groupWidth - group.length() + 2));
            text.append(wrap(docs.stream().map(Docs.Doc::name).collect(Collectors.toList()), indent));
            String lead = indent + "e.g. ";
            text.append('\n').append(lead).append(example(docs, WIDTH - lead.length()));
        }
        return text.toString();
    }

    private static String wrap(List<String> names, String indent) {
        StringBuilder lines = new StringBuilder();
        int column = indent.length();
        for (String name : names) {
            if (column + name.length() + 1 > WIDTH && column > indent.length()) {
                lines.append('\n').append(indent);
                column = indent.length();
            } else if (column > indent.length()) {
                lines.append(' ');
                column++;
            }
            lines.append(name);
            column += name.length();
        }
        return lines.toString();
    }

    /**
     * The group's first self-contained doctest expression ({@code >>> relu(vector(-1, 0, 2))}), with
     * what it prints when that is one line; else its first {@code Example:} line; else its first
     * self-contained doctest statement; else its first signature. A doctest is self-contained when
     * it names no variable an earlier doctest of its entry declared ({@code hist.loss()[0]} after
     * {@code var hist = …} is not). Only what fits in {@code room} columns counts, so that no line of
     * the help wraps.
     */
    static String example(List<Docs.Doc> docs, int room) {
        List<String> expressions = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        for (Docs.Doc doc : docs) {
            List<String> declared = new ArrayList<>();
            List<String> lines = doc.text().lines().collect(Collectors.toList());
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.startsWith(DOCTEST)) {
                    continue;
                }
                String code = line.substring(DOCTEST.length()).strip();
                boolean selfContained = declared.stream().noneMatch(name -> mentions(code, name));
                Matcher declaration = DECLARATION.matcher(code);
                if (declaration.find()) {
                    declared.add(declaration.group(1));
                }
                if (!selfContained) {
                    continue;
                }
                if (code.endsWith(";")) {
                    statements.add(code);
                } else {
                    boolean oneLineOutput = i + 1 < lines.size() && !lines.get(i + 1).isBlank()
                            && (i + 2 >= lines.size() || lines.get(i + 2).isBlank());
                    expressions.add(oneLineOutput ? code + "  ==>  " + lines.get(i + 1).strip() : code);
                }
            }
        }
        Stream<String> documented = docs.stream()
                .flatMap(d -> d.text().lines())
                .filter(line -> line.startsWith("Example:"))
                .map(line -> line.substring("Example:".length()).strip());
        String signature = docs.get(0).signature().lines().findFirst().orElse(docs.get(0).name());
        return Stream.of(expressions.stream(), documented, statements.stream())
                .flatMap(s -> s)
                .filter(example -> example.length() <= room)
                .findFirst()
                .orElse(signature);
    }

    private static boolean mentions(String code, String name) {
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(code).find();
    }
}
