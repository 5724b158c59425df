package org.nnsh.repl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /help}'s half about the preloaded vocabulary: for each group of the doc index its names,
 * wrapped, and one example, the group's first documented {@code Example:} (else its first signature).
 */
final class VocabularyHelp {
    private static final int WIDTH = 100;

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
            text.append('\n').append(indent).append("e.g. ").append(example(docs));
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

    private static String example(List<Docs.Doc> docs) {
        Optional<String> documented = docs.stream()
                .flatMap(d -> d.text().lines())
                .filter(line -> line.startsWith("Example:"))
                .map(line -> line.substring("Example:".length()).strip())
                .findFirst();
        return documented.orElseGet(() -> docs.get(0).signature().lines().findFirst().orElse(docs.get(0).name()));
    }
}
