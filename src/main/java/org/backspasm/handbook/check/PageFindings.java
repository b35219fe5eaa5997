package org.backspasm.handbook.check;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.backspasm.handbook.content.RunMemory;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Jargon;
import org.backspasm.handbook.model.Page;
import org.backspasm.handbook.model.Region;
import org.backspasm.handbook.model.Regions;
import org.backspasm.handbook.problem.ProblemList;

/**
 * Each page's reading figures and what the rules over its words and pictures found (reading level, doses,
 * jargon, other regions' words, figures), by everything those depend on: the page, its language, its region, the numbers of every
 * other region and the jargon list. A run fills one; the preview hands what a rebuild used on to the next ({@link #next}),
 * so an edit measures and checks again only the pages it changed.
 */
public final class PageFindings {

    /** One page's reading figures and its problems, in line order. */
    public record Found(Prose prose, ProblemList problems) {
    }

    /** What a page's findings depend on; other regions only through the numbers that belong to them. */
    private record Key(Page page, String language, Region own, Map<String, String> foreignNumbers,
                       List<Jargon> jargon) {
    }

    private final RunMemory<Key, Found> found;
    /** Bounded by the words the handbook uses, so handed on whole. */
    private final SyllableCounts syllables;

    /** Nothing found yet. */
    public PageFindings() {
        this(new RunMemory<>(), new SyllableCounts());
    }

    private PageFindings(RunMemory<Key, Found> found, SyllableCounts syllables) {
        this.found = found;
        this.syllables = syllables;
    }

    /** What this run found, to start the next with: only what it used, so a long preview does not grow. */
    public PageFindings next() {
        return new PageFindings(found.next(), syllables);
    }

    /** The findings of each of {@code handbook}'s pages, in page order: known ones taken, the rest made side by side. */
    public List<Found> of(Handbook handbook, Regions regions) {
        String language = handbook.settings().language();
        Region own = handbook.settings().region();
        Map<String, String> foreignNumbers = RegionWordsChecker.foreignNumbers(own, language, regions);
        List<Key> keys = handbook.pages().stream()
                .map(page -> new Key(page, language, own, foreignNumbers, handbook.jargon())).toList();
        List<Key> missing = keys.stream().filter(key -> found.known(key).isEmpty()).toList();
        if (!missing.isEmpty()) {
            // The patterns are compiled only when some page is measured.
            Map<Jargon, Pattern> jargon = ContentChecker.jargonPatterns(handbook);
            RegionWordsChecker.Rules regionWords = RegionWordsChecker.rules(own, foreignNumbers);
            missing.parallelStream().forEach(key -> found.get(key, k -> {
                // The page's HTML is parsed once; the rules only read the tree.
                org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(k.page().html()).body();
                Prose prose = Prose.ofBody(body, language, syllables);
                ProblemList problems = ContentChecker.checkPage(k.page(), body, prose, language, jargon);
                problems.addAll(RegionWordsChecker.checkPage(k.page(), regionWords));
                FigureChecker.checkPage(k.page(), body, problems);
                return new Found(prose, problems);
            }));
        }
        return keys.stream().map(key -> found.known(key).orElseThrow()).toList();
    }
}
