package org.backspasm.handbook.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.content.RegionBlocks;
import org.backspasm.handbook.content.RunMemory;
import org.backspasm.handbook.model.LanguageContent;
import org.backspasm.handbook.model.SourcePage;

/**
 * A translation has every page of the handbook's own language, the same immediate steps, links, anchors and
 * region blocks on every page, so that readers switching language land in the same place; and each page says
 * which version of its original it translates, so that a changed original shows up as out of date.
 */
public final class TranslationChecker {

    private static final Pattern ANCHOR = Pattern.compile("\\{#([A-Za-z0-9_-]+)");
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)");
    /** A reference definition, {@code [id]: target}, with its target. */
    private static final Pattern DEFINITION = Pattern.compile("^\\s*\\[[^\\]]+]:\\s*(\\S+)");

    private TranslationChecker() {
    }

    /**
     * What the page comparisons of one run found, by the two pages compared and the strictness, for the next run:
     * the preview compares again only the pages an edit changed.
     */
    public static final class Memory {
        private record Pair(SourcePage original, SourcePage translation, boolean strict) {
        }

        private final RunMemory<Pair, ProblemList> pairs;

        /** Nothing compared yet. */
        public Memory() {
            this(new RunMemory<>());
        }

        private Memory(RunMemory<Pair, ProblemList> pairs) {
            this.pairs = pairs;
        }

        /** What this run compared, to start the next with: only what it used. */
        public Memory next() {
            return new Memory(pairs.next());
        }
    }

    /** @param strict whether a page that translates an older version of its original is a problem, not a warning */
    public static void check(LanguageContent original, LanguageContent translation, boolean strict,
                             ProblemList problems) {
        check(original, translation, strict, problems, new Memory());
    }

    /** The same, taking from {@code memory} the comparison of each pair of pages compared before. */
    public static void check(LanguageContent original, LanguageContent translation, boolean strict,
                             ProblemList problems, Memory memory) {
        String folder = translation.folder();
        for (SourcePage page : original.pages()) {
            var found = translation.page(page.slug());
            if (found.isEmpty()) {
                problems.add(folder + "/" + page.slug() + ".md", 0, "missing translation of " + page.source());
                continue;
            }
            problems.addAll(memory.pairs.get(new Memory.Pair(page, found.get(), strict), pair -> {
                ProblemList compared = new ProblemList();
                comparePages(pair.original(), pair.translation(), strict, compared);
                return compared;
            }));
        }
        for (SourcePage other : translation.pages()) {
            if (original.page(other.slug()).isEmpty()) {
                problems.add(other.source(), 0, "this page has no original in the handbook's own language");
            }
        }
        Set<String> steps = sections(original);
        Set<String> otherSteps = sections(translation);
        if (!steps.equals(otherSteps)) {
            int line = translation.page("first-hour").stream().flatMap(p -> p.steps().stream())
                    .filter(step -> !steps.contains(step.section())).mapToInt(SourcePage.StepSource::sectionLine)
                    .findFirst().orElse(0);
            problems.add(folder + "/first-hour.md", line, "the immediate steps differ from "
                    + original.folder() + "/first-hour.md: " + steps + " there, " + otherSteps + " here");
        }
    }

    /** One page and its translation: the same links, anchors, region blocks and front matter, and up to date. */
    private static void comparePages(SourcePage page, SourcePage other, boolean strict, ProblemList problems) {
        differences("links", targets(page), targets(other), page, other, problems);
        differences("anchors", matches(ANCHOR, page), matches(ANCHOR, other), page, other, problems);
        List<String> blocks = RegionBlocks.selectors(page.lines());
        List<String> otherBlocks = RegionBlocks.selectors(other.lines());
        if (!blocks.equals(otherBlocks)) {
            int first = 0;
            while (first < blocks.size() && first < otherBlocks.size()
                    && blocks.get(first).equals(otherBlocks.get(first))) {
                first++;
            }
            List<Integer> lines = RegionBlocks.selectorLines(other.lines());
            problems.add(other.source(), first < lines.size() ? lines.get(first) : 0, "region blocks differ from "
                    + page.source() + ": " + blocks + " there, " + otherBlocks + " here");
        }
        Set<String> missingKeys = new TreeSet<>(page.frontMatterKeys());
        missingKeys.removeAll(other.frontMatterKeys());
        missingKeys.remove("translates");
        if (!missingKeys.isEmpty()) {
            problems.add(other.source(), 1, "front matter lacks " + missingKeys + ", which " + page.source() + " has");
        }
        outOfDate(page, other, strict, problems);
    }

    private static void outOfDate(SourcePage page, SourcePage other, boolean strict, ProblemList problems) {
        String advice = "; bring it up to date, then run 'handbook translations --mark "
                + other.source().replaceFirst(".*/([a-z]{2})/[^/]+$", "$1") + "'";
        int line = other.fieldLines().getOrDefault("translates", 1);
        String message;
        if (other.translates().isEmpty()) {
            message = "does not say which version of " + page.source() + " it translates" + advice;
        } else if (!other.translates().equals(page.fingerprint())) {
            message = "is out of date: " + page.source() + " has changed since this translation was marked" + advice;
        } else {
            return;
        }
        if (strict) {
            problems.add(other.source(), line, message);
        } else {
            problems.warn(other.source(), line, message);
        }
    }

    private static Set<String> sections(LanguageContent language) {
        return language.page("first-hour").map(p -> p.steps().stream().map(SourcePage.StepSource::section)
                .collect(Collectors.toCollection(TreeSet::new))).orElse(new TreeSet<>());
    }

    /** Each value {@code pattern} finds in the page's lines, with the first line it is on, in order of the values. */
    private static java.util.SortedMap<String, Integer> matches(Pattern pattern, SourcePage page) {
        java.util.SortedMap<String, Integer> found = new java.util.TreeMap<>();
        for (int i = 0; i < page.lines().size(); i++) {
            int line = i + 1;
            pattern.matcher(page.lines().get(i)).results().forEach(m -> found.putIfAbsent(m.group(1), line));
        }
        return found;
    }

    /** Link targets as written, each with its first line; reference definitions ({@code [id]: target}) count too. */
    private static java.util.SortedMap<String, Integer> targets(SourcePage page) {
        java.util.SortedMap<String, Integer> found = matches(LINK, page);
        matches(DEFINITION, page).forEach(found::putIfAbsent);
        return found;
    }

    /**
     * Reports the values one page has and the other lacks, at the line of the first value the translation has
     * extra (found by the same scan that found the value), or at no line when it only lacks some.
     */
    private static void differences(String what, java.util.SortedMap<String, Integer> original,
                                    java.util.SortedMap<String, Integer> translated, SourcePage page,
                                    SourcePage other, ProblemList problems) {
        Set<String> missing = new TreeSet<>(original.keySet());
        missing.removeAll(translated.keySet());
        Set<String> extra = new TreeSet<>(translated.keySet());
        extra.removeAll(original.keySet());
        if (!missing.isEmpty() || !extra.isEmpty()) {
            int line = extra.isEmpty() ? 0 : translated.get(extra.iterator().next());
            problems.add(other.source(), line, what + " differ from " + page.source()
                    + (missing.isEmpty() ? "" : ": missing " + missing) + (extra.isEmpty() ? "" : "; extra " + extra));
        }
    }
}
