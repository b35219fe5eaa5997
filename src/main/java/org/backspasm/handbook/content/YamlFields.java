package org.backspasm.handbook.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.backspasm.handbook.problem.ProblemList;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One YAML mapping read with its line numbers, so that every missing, unknown or malformed value becomes a
 * problem naming the file and line. Readers return a harmless default after recording a problem; the build
 * stops before anything is written when any problem was recorded.
 */
final class YamlFields {

    private final String file;
    private final int lineOffset;
    private final int line;
    private final Map<String, NodeTuple> fields;
    private final ProblemList problems;
    /** Stands in for a mapping already reported missing: its absent keys are not reported again. */
    private final boolean standIn;
    /** The text parsed, line by line, to explain what the parser made of a line. */
    private final List<String> sourceLines;

    private YamlFields(String file, int lineOffset, int line, Map<String, NodeTuple> fields, ProblemList problems,
                       List<String> sourceLines) {
        this(file, lineOffset, line, fields, problems, false, sourceLines);
    }

    private YamlFields(String file, int lineOffset, int line, Map<String, NodeTuple> fields, ProblemList problems,
                       boolean standIn, List<String> sourceLines) {
        this.standIn = standIn;
        this.sourceLines = sourceLines;
        this.file = file;
        this.lineOffset = lineOffset;
        this.line = line;
        this.fields = fields;
        this.problems = problems;
    }

    /** Reads a whole YAML file as one mapping; {@code missing} says what the file is for when it is absent. */
    static Optional<YamlFields> readFile(java.nio.file.Path path, String file, String missing, ProblemList problems) {
        if (java.nio.file.Files.notExists(path)) {
            problems.add(file, 0, missing);
            return Optional.empty();
        }
        return SourceFile.read(path, file, problems).flatMap(text -> parse(file, text, 0, problems));
    }

    /**
     * Parses {@code text} as one YAML mapping.
     *
     * @param lineOffset how many lines of the file come before {@code text}
     */
    static Optional<YamlFields> parse(String file, String text, int lineOffset, ProblemList problems) {
        Node root;
        try {
            Optional<Node> composed = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(text);
            if (composed.isEmpty()) {
                problems.add(file, lineOffset + 1, "no settings found: expected 'key: value' lines");
                return Optional.empty();
            }
            root = composed.get();
        } catch (MarkedYamlEngineException e) {
            int at = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            List<String> lines = text.lines().toList();
            String line = at - 1 < lines.size() ? lines.get(at - 1) : "";
            String before = at - 2 >= 0 && at - 2 < lines.size() ? lines.get(at - 2) : "";
            problems.add(file, lineOffset + at, plainWords(e.getProblem(), line, before));
            return Optional.empty();
        } catch (YamlEngineException e) {
            if (String.valueOf(e.getMessage()).startsWith("Number of aliases")) {
                problems.add(file, lineOffset + lineOfAlias(text, MAX_ALIASES + 1), "more than " + MAX_ALIASES
                        + " aliases ('*name') in one place; write the values out instead");
            } else {
                problems.add(file, lineOffset + 1, "not valid YAML: " + firstLine(e.getMessage()));
            }
            return Optional.empty();
        } catch (StackOverflowError e) {
            problems.add(file, lineOffset + 1, "the settings nest too deeply (lists or mappings inside each other "
                    + "hundreds of times); write them flatter");
            return Optional.empty();
        }
        return fromNode(file, lineOffset, root, "the front matter", problems, text.lines().toList());
    }

    private static final java.util.regex.Pattern IN_SINGLE_QUOTES = java.util.regex.Pattern.compile("^\\s*[\\w-]+:\\s*'.*'.*'.*$");

    /**
     * The parser's complaint as what to do, for the slips people make by hand; the parser's own words only as
     * a last resort, after a sentence of ours. {@code line} is the line the parser stopped at, {@code before}
     * the one above it (the parser often notices a slip one line late).
     */
    static String plainWords(String problem, String line, String before) {
        String parser = problem == null ? "" : problem;
        if (line.startsWith("\t") || before.startsWith("\t") || parser.contains("\\t") || parser.contains("TAB")) {
            return "use spaces, not a tab, at the start of the line";
        }
        if (IN_SINGLE_QUOTES.matcher(line).matches() || IN_SINGLE_QUOTES.matcher(before).matches()) {
            return "this value is in single quotes and contains an apostrophe: put it in double quotes instead, "
                    + "e.g. name: \"St Mary's Clinic\"";
        }
        if (parser.contains("mapping values are not allowed")) {
            return "this value contains a colon and a space (': '); put the whole value in double quotes, "
                    + "e.g. title: \"Back pain: what to do\"";
        }
        return "this line is not valid YAML: check its quotes, colons and indentation (the reader says: " + parser + ")";
    }

    /** The most aliases one mapping may use: SnakeYAML's own limit against "billion laughs" files. */
    private static final int MAX_ALIASES = LoadSettings.builder().build().getMaxAliasesForCollections();

    /** The line of the {@code n}th alias ({@code *name}) in {@code text}, read as events so nothing expands. */
    private static int lineOfAlias(String text, int n) {
        int seen = 0;
        try {
            for (org.snakeyaml.engine.v2.events.Event event
                    : new org.snakeyaml.engine.v2.api.lowlevel.Parse(LoadSettings.builder().build()).parseString(text)) {
                if (event instanceof org.snakeyaml.engine.v2.events.AliasEvent && ++seen == n) {
                    return event.getStartMark().map(m -> m.getLine() + 1).orElse(1);
                }
            }
        } catch (YamlEngineException e) {
            return 1;
        }
        return 1;
    }

    private static Optional<YamlFields> fromNode(String file, int lineOffset, Node node, String what,
                                                 ProblemList problems, List<String> sourceLines) {
        int at = lineOffset + lineOf(node);
        if (!(node instanceof MappingNode mapping)) {
            problems.add(file, at, what + " must be 'key: value' lines");
            return Optional.empty();
        }
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            int keyLine = lineOffset + lineOf(tuple.getKeyNode());
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(file, keyLine, "a key must be a plain word");
                continue;
            }
            if (fields.containsKey(key.getValue())) {
                problems.add(file, keyLine, "'" + key.getValue() + "' is set twice");
                continue;
            }
            fields.put(key.getValue(), tuple);
        }
        return Optional.of(new YamlFields(file, lineOffset, at, fields, problems, sourceLines));
    }

    private static int lineOf(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    String file() {
        return file;
    }

    /** How many problems have been recorded so far, in this file and others: to tell whether a read failed. */
    int problemCount() {
        return problems.count();
    }

    /** The line this mapping starts on. */
    int line() {
        return line;
    }

    /** The line a key stands on, or the mapping's own line when the key is absent. */
    int lineOf(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? line : lineOffset + lineOf(tuple.getKeyNode());
    }

    /** The keys in the order written. */
    List<String> keys() {
        return List.copyOf(fields.keySet());
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    /** Reports every key not in {@code allowed}, suggesting the closest allowed one. */
    void allowOnly(Set<String> allowed) {
        allowOnly(allowed, Set.of());
    }

    /** As {@link #allowOnly(Set)}, leaving out {@code answeredElsewhere}: keys the caller explains itself. */
    void allowOnly(Set<String> allowed, Set<String> answeredElsewhere) {
        for (String key : fields.keySet()) {
            if (!allowed.contains(key) && !answeredElsewhere.contains(key)) {
                problems.add(file, lineOf(key), "unknown key '" + key + "'" + suggestion(key, allowed));
            }
        }
    }

    private static String suggestion(String key, Set<String> allowed) {
        // Part of a longer key, as 'colour' of 'brand_colour': that key is meant.
        Optional<String> containing = allowed.stream().filter(a -> key.length() >= 4 && a.contains(key)).sorted()
                .findFirst();
        if (containing.isPresent()) {
            return " (did you mean '" + containing.get() + "'?)";
        }
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return allowed.stream()
                .min(Comparator.comparingInt((String a) -> distance.apply(a, key)).thenComparing(a -> a))
                .filter(best -> distance.apply(best, key) <= Math.max(2, key.length() / 3))
                .map(best -> " (did you mean '" + best + "'?)")
                .orElse(" (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
    }

    /** A scalar that may be empty: its text, stripped, or empty when absent or not a scalar (reported). */
    String textOrEmpty(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            return "";
        }
        if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
            problems.add(file, lineOf(key), "'" + key + "' must be text, not a list or a mapping");
            return "";
        }
        return scalar.getValue().strip();
    }

    Optional<String> optionalText(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
            problems.add(file, lineOf(key), "'" + key + "' must be text, not a list or a mapping");
            return Optional.of("");
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            String written = sourceLine(lineOf(key)).replaceFirst("^\\s*-?\\s*[\\w-]+:\\s*", "");
            problems.add(file, lineOf(key), written.startsWith("#") && written.length() > 1
                    ? "'" + key + "' looks empty because YAML reads # as the start of a comment; put the value in "
                            + "quotes: " + key + ": \"" + written.strip() + "\""
                    : "'" + key + "' is empty");
        }
        return Optional.of(withoutCurlyQuotes(key, value));
    }

    /** The line of the file at {@code fileLine}, or empty. */
    private String sourceLine(int fileLine) {
        int index = fileLine - lineOffset - 1;
        return index >= 0 && index < sourceLines.size() ? sourceLines.get(index) : "";
    }

    /** A value a word processor wrapped in curly quotes, without them, with a warning: they would be printed. */
    private String withoutCurlyQuotes(String key, String value) {
        if (value.length() >= 2 && "“‘«„".indexOf(value.charAt(0)) >= 0 && "”’»“".indexOf(value.charAt(value.length() - 1)) >= 0) {
            problems.warn(file, lineOf(key), "'" + key + "' is wrapped in curly quotes (" + value.charAt(0)
                    + value.charAt(value.length() - 1) + "), which would be printed; they were left out. Use "
                    + "straight quotes (\") if you need quotes at all");
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    String text(String key) {
        if (!fields.containsKey(key)) {
            if (!standIn) {
                problems.add(file, line, "missing required key '" + key + "'");
            }
            return "";
        }
        return optionalText(key).orElse("");
    }

    int wholeNumber(String key, int min, int max) {
        String value = text(key);
        if (value.isEmpty()) {
            return min;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problems.add(file, lineOf(key), "'" + key + "' must be between " + min + " and " + max
                        + ", not " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(file, lineOf(key), "'" + key + "' must be a whole number, not '" + value + "'");
            return min;
        }
    }

    /** The date, or empty when it is missing or malformed (each already a problem). */
    Optional<LocalDate> date(String key) {
        String value = text(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problems.add(file, lineOf(key), "'" + key + "' must be a date written YYYY-MM-DD, not '" + value + "'");
            return Optional.empty();
        }
    }

    /** A nested mapping; an empty one (with a problem recorded) when it is missing or not a mapping. */
    YamlFields mapping(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            if (!standIn) {
                problems.add(file, line, "missing required key '" + key + "'");
            }
            return empty(lineOf(key));
        }
        return fromNode(file, lineOffset, tuple.getValueNode(), "'" + key + "'", problems, sourceLines)
                .orElseGet(() -> empty(lineOf(key)));
    }

    /** A list of plain values, or one value written alone; empty when the key is absent. */
    List<String> textList(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            return List.of(scalar.getValue().strip());
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            problems.add(file, lineOf(key), "'" + key + "' must be a list such as [es, fr]");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar) {
                values.add(scalar.getValue().strip());
            } else {
                problems.add(file, lineOffset + lineOf(item), "each entry of '" + key + "' must be plain text");
            }
        }
        return values;
    }

    /** A list of mappings, such as the immediate steps. */
    List<YamlFields> listOfMappings(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            problems.add(file, lineOf(key), "'" + key + "' must be a list of '- key: value' entries");
            return List.of();
        }
        List<YamlFields> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            fromNode(file, lineOffset, item, "each entry of '" + key + "'", problems, sourceLines).ifPresent(items::add);
        }
        return items;
    }

    private YamlFields empty(int at) {
        return new YamlFields(file, lineOffset, at, Map.of(), problems, true, sourceLines);
    }
}
