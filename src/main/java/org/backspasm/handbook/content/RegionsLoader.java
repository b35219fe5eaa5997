package org.backspasm.handbook.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.PaperSize;
import org.backspasm.handbook.model.Region;
import org.backspasm.handbook.model.Regions;

/**
 * Reads content/regions.yml: for each region its numbers and paper, and for each language its services' names
 * and its words. A region may start from another with {@code like: CODE} and set only what differs.
 */
public final class RegionsLoader {

    static final String FILE_NAME = "regions.yml";
    private static final Set<String> REGION_KEYS =
            Set.of("like", "paper", "emergency_numbers", "urgent_number", "other_numbers", "en", "es");
    private static final Set<String> LANGUAGE_KEYS =
            Set.of("name", "readers", "emergency", "urgent_name", "terms", "foreign_terms");
    private static final List<String> REQUIRED_TEXTS = List.of("name", "readers", "emergency", "urgent_name");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z]{2}(-[A-Z0-9]{2,3})?");
    private static final java.util.regex.Pattern TERM = java.util.regex.Pattern.compile("[a-z][a-z_]*");

    /** One region as written, before {@code like} is followed. */
    private record Written(String code, YamlFields yaml, Optional<String> like) {
    }

    private RegionsLoader() {
    }

    public static Regions load(Path contentDir, String shownDir, ProblemList problems) {
        return load(contentDir, shownDir, problems, new ReadMemory());
    }

    /** The same, taking the table from {@code memory} when an earlier run read the same text. */
    static Regions load(Path contentDir, String shownDir, ProblemList problems, ReadMemory memory) {
        String file = shownDir + "/" + FILE_NAME;
        Path path = contentDir.resolve(FILE_NAME);
        if (Files.notExists(path)) {
            problems.add(file, 0, "regions table not found; it holds each region's emergency and same-day numbers");
            return new Regions(Map.of());
        }
        Optional<String> text = SourceFile.read(path, file, problems);
        if (text.isEmpty()) {
            return new Regions(Map.of());
        }
        ReadMemory.RegionsRead read = memory.regions.get(List.of(file, text.get()), key -> {
            ProblemList found = new ProblemList();
            return new ReadMemory.RegionsRead(fromText(file, key.get(1), found), found);
        });
        problems.addAll(read.problems());
        return read.regions();
    }

    private static Regions fromText(String file, String text, ProblemList problems) {
        Optional<YamlFields> parsed = YamlFields.parse(file, text, 0, problems);
        if (parsed.isEmpty()) {
            return new Regions(Map.of());
        }
        YamlFields yaml = parsed.get();
        Map<String, Written> written = new LinkedHashMap<>();
        for (String code : yaml.keys()) {
            if (!CODE.matcher(code).matches()) {
                problems.add(file, yaml.lineOf(code), "region code '" + code
                        + "' must be two capital letters, such as IE, or a country and a part, such as GB-SCT");
                continue;
            }
            YamlFields region = yaml.mapping(code);
            region.allowOnly(REGION_KEYS);
            written.put(code, new Written(code, region, region.optionalText("like")));
        }
        Map<String, Map<String, Region>> byCode = new LinkedHashMap<>();
        for (Written region : written.values()) {
            List<Written> chain = chain(region, written, problems);
            Map<String, Region> languages = new TreeMap<>();
            for (String language : List.of("en", "es")) {
                language(region.code, language, chain, problems).ifPresent(r -> languages.put(language, r));
            }
            byCode.put(region.code, Map.copyOf(languages));
        }
        checkSameTerms(byCode, written, problems);
        return new Regions(byCode);
    }

    /** The region itself, then the region it is like, and so on. */
    private static List<Written> chain(Written region, Map<String, Written> written, ProblemList problems) {
        List<Written> chain = new ArrayList<>(List.of(region));
        Set<String> seen = new LinkedHashSet<>(List.of(region.code));
        Written at = region;
        while (at.like.isPresent()) {
            String like = at.like.get();
            Written next = written.get(like);
            if (next == null) {
                problems.add(at.yaml.file(), at.yaml.lineOf("like"), "'like: " + like + "' names no region in this file");
                break;
            }
            if (!seen.add(like)) {
                problems.add(at.yaml.file(), at.yaml.lineOf("like"), "'like' goes round in a circle: "
                        + String.join(" → ", seen) + " → " + like);
                break;
            }
            chain.add(next);
            at = next;
        }
        return chain;
    }

    /** The first region of the chain that sets {@code key}. */
    private static Optional<YamlFields> setting(List<Written> chain, String key) {
        return chain.stream().map(Written::yaml).filter(y -> y.has(key)).findFirst();
    }

    private static Optional<Region> language(String code, String language, List<Written> chain, ProblemList problems) {
        List<YamlFields> texts = chain.stream().map(Written::yaml).filter(y -> y.has(language))
                .map(y -> y.mapping(language)).toList();
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        texts.forEach(t -> t.allowOnly(LANGUAGE_KEYS));
        YamlFields own = texts.get(0);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : REQUIRED_TEXTS) {
            Optional<YamlFields> from = texts.stream().filter(t -> t.has(key)).findFirst();
            if (from.isEmpty()) {
                problems.add(own.file(), own.line(), "region " + code + " (" + language + ") lacks '" + key + "'");
                values.put(key, "");
            } else {
                values.put(key, key.equals("name") || key.equals("urgent_name")
                        ? Values.plain(from.get(), key, problems) : from.get().text(key));
            }
        }
        Map<String, String> terms = merged(texts, "terms", problems);
        terms.keySet().stream().filter(t -> !TERM.matcher(t).matches()).forEach(t -> problems.add(own.file(),
                own.line(), "term '" + t + "' must be lowercase letters and underscores, as in {{" + t.toLowerCase()
                        + "}}"));
        Map<String, String> foreign = merged(texts, "foreign_terms", problems);

        Optional<YamlFields> paperFrom = setting(chain, "paper");
        PaperSize paper = paperFrom.map(y -> Values.paper(y, problems)).orElse(PaperSize.A4);
        List<String> emergencyNumbers = setting(chain, "emergency_numbers")
                .map(y -> phones(y, "emergency_numbers", code, values.get("name"), problems)).orElse(List.of());
        if (emergencyNumbers.isEmpty()) {
            YamlFields top = chain.get(0).yaml;
            problems.add(top.file(), top.line(), "region " + code + " lacks 'emergency_numbers'");
        }
        Optional<String> urgentNumber = setting(chain, "urgent_number")
                .filter(y -> !y.textOrEmpty("urgent_number").equals("none"))
                .flatMap(y -> phones(y, "urgent_number", code, values.get("name"), problems).stream().findFirst());
        List<String> service = new ArrayList<>(emergencyNumbers);
        urgentNumber.ifPresent(service::add);
        setting(chain, "other_numbers").ifPresent(y -> service.addAll(phones(y, "other_numbers", code, values.get("name"),
                problems)));
        String emergency = values.get("emergency");
        emergencyNumbers.stream().findFirst().filter(first -> !emergency.contains(first)).ifPresent(first ->
                problems.add(own.file(), own.lineOf("emergency"), "region " + code + " (" + language
                        + "): 'emergency' must say the number to dial first, " + first));
        return Optional.of(new Region(code, values.get("name"), values.get("readers"), paper,
                emergencyNumbers, emergency, values.get("urgent_name"), urgentNumber, List.copyOf(service),
                Map.copyOf(terms), Map.copyOf(foreign)));
    }

    /** A mapping of words, key by key: the region's own first, then those of the regions it is like. */
    private static Map<String, String> merged(List<YamlFields> texts, String key, ProblemList problems) {
        Map<String, String> merged = new TreeMap<>();
        for (int i = texts.size() - 1; i >= 0; i--) {
            if (texts.get(i).has(key)) {
                YamlFields words = texts.get(i).mapping(key);
                for (String word : words.keys()) {
                    String value = key.equals("foreign_terms") ? words.textOrEmpty(word) : words.text(word);
                    merged.put(word, value);
                }
            }
        }
        return merged;
    }

    /** Service numbers, each one checked for the region's country by the same code as clinics' numbers. */
    private static List<String> phones(YamlFields yaml, String key, String code, String name, ProblemList problems) {
        List<String> numbers = yaml.textList(key);
        for (String number : numbers) {
            PhoneNumbers.Read read = PhoneNumbers.read(number, PhoneNumbers.countryOf(code), name, true);
            if (!read.ok()) {
                problems.add(yaml.file(), yaml.lineOf(key), "'" + key + "': " + read.problem());
            }
        }
        return numbers;
    }

    /** Every region of a language defines the same terms, so that a page's placeholder works in every edition. */
    private static void checkSameTerms(Map<String, Map<String, Region>> byCode, Map<String, Written> written,
                                       ProblemList problems) {
        for (String language : List.of("en", "es")) {
            Set<String> all = new TreeSet<>();
            byCode.values().forEach(l -> Optional.ofNullable(l.get(language)).ifPresent(r -> all.addAll(r.terms().keySet())));
            byCode.forEach((code, languages) -> Optional.ofNullable(languages.get(language)).ifPresent(region -> {
                Set<String> missing = new TreeSet<>(all);
                missing.removeAll(region.terms().keySet());
                if (!missing.isEmpty()) {
                    YamlFields yaml = written.get(code).yaml;
                    problems.add(yaml.file(), yaml.has(language) ? yaml.lineOf(language) : yaml.line(), "region " + code + " (" + language + ") lacks the terms " + missing
                            + ", which other regions define");
                }
            }));
        }
    }
}
