package org.backspasm.handbook.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backspasm.handbook.ProblemList;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Link;
import org.backspasm.handbook.model.Page;
import org.backspasm.handbook.model.Step;

/**
 * A translation has every page of the handbook's own language, the same immediate steps, and the same links
 * and anchors on every page, so that readers switching language land in the same place.
 */
public final class TranslationChecker {

    private TranslationChecker() {
    }

    public static void check(Handbook original, Handbook translation, ProblemList problems) {
        Map<String, Page> translated = translation.pages().stream()
                .collect(Collectors.toMap(Page::slug, Function.identity()));
        String folder = translation.settings().language();
        for (Page page : original.pages()) {
            Page other = translated.get(page.slug());
            if (other == null) {
                problems.add(page.source().replaceFirst("^(.*/)?", "$1" + folder + "/"), 0,
                        "missing translation of " + page.source());
                continue;
            }
            differences("links", targets(page), targets(other), page, other, problems);
            differences("anchors", anchors(page), anchors(other), page, other, problems);
            Set<String> missingKeys = new TreeSet<>(frontMatterKeys(page));
            missingKeys.removeAll(frontMatterKeys(other));
            if (!missingKeys.isEmpty()) {
                problems.add(other.source(), 1, "front matter lacks " + missingKeys + ", which " + page.source() + " has");
            }
        }
        for (Page other : translation.pages()) {
            if (original.page(other.slug()).isEmpty()) {
                problems.add(other.source(), 0, "this page has no original in the handbook's own language");
            }
        }
        Set<String> steps = original.steps().stream().map(Step::section).collect(Collectors.toCollection(TreeSet::new));
        Set<String> otherSteps = translation.steps().stream().map(Step::section)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!steps.equals(otherSteps)) {
            problems.add(translation.firstHour().source(), 0, "the immediate steps differ from "
                    + original.firstHour().source() + ": " + steps + " there, " + otherSteps + " here");
        }
    }

    private static final java.util.regex.Pattern ANCHOR = java.util.regex.Pattern.compile("\\{#([A-Za-z0-9_-]+)");

    /** The ids a page's author gave headings ({#id}); generated ids follow the wording and may differ. */
    private static Set<String> anchors(Page page) {
        Set<String> ids = new TreeSet<>();
        page.lines().forEach(line -> ANCHOR.matcher(line).results().forEach(m -> ids.add(m.group(1))));
        return ids;
    }

    /** The top-level keys between the page's two '---' lines. */
    private static Set<String> frontMatterKeys(Page page) {
        Set<String> keys = new TreeSet<>();
        List<String> lines = page.lines();
        for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            java.util.regex.Matcher key = java.util.regex.Pattern.compile("^([a-z_]+):").matcher(lines.get(i));
            if (key.find()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }

    private static Set<String> targets(Page page) {
        return page.links().stream().map(Link::target).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void differences(String what, Set<String> original, Set<String> translated, Page page, Page other,
                                    ProblemList problems) {
        Set<String> missing = new TreeSet<>(original);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(original);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            problems.add(other.source(), 0, what + " differ from " + page.source()
                    + (missing.isEmpty() ? "" : ": missing " + missing) + (extra.isEmpty() ? "" : "; extra " + extra));
        }
    }
}
