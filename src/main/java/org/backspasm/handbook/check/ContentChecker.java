package org.backspasm.handbook.check;

import org.backspasm.handbook.content.Links;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Jargon;
import org.backspasm.handbook.model.Link;
import org.backspasm.handbook.model.Page;
import org.backspasm.handbook.model.Review;
import org.backspasm.handbook.model.Step;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The patient-handout rules on every page: readability, sentence length, no medicine doses, plain words,
 * review dates, cited sources and the required parts of the prevention plan.
 */
public final class ContentChecker {

    public static final double PAGE_MAX_GRADE = 8;
    public static final double PAGE_MIN_EASE = 60;
    public static final int MAX_SENTENCE_WORDS = 25;
    public static final int REVIEW_WARNING_DAYS = 90;
    public static final int MAX_REVIEW_YEARS = 3;

    private static final String NUMBER = "(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a couple of"
            + "|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)";
    /** A number followed by a unit of medicine: '400 mg', '2 tablets', 'two 5 ml spoons'. */
    static final Pattern DOSE = Pattern.compile("(?i)\\b" + NUMBER + "(?:\\s*(?:-|–|to|or)\\s*" + NUMBER + ")?\\s*"
            + "(?:mg|milligrams?|mcg|micrograms?|µg|g|grams?|ml|millilitres?|milliliters?|tablets?|pills?|capsules?"
            + "|caplets?|doses?|puffs?|sachets?|drops?|spoonfuls?|teaspoons?"
            + "|miligramos?|mililitros?|gramos?|comprimidos?|pastillas?|píldoras?|cápsulas?|dosis|sobres?|gotas?"
            + "|cucharadas?|cucharaditas?)\\b");

    /** Medicines by name, in English and Spanish: a number just before one is a count of pills. */
    private static final String MEDICINE_NAMES = "(?:paracetamol|acetaminophen|acetaminof[eé]n|ibuprofen|ibuprofeno"
            + "|naproxen|naproxeno|aspirin|aspirina|codeine|code[ií]na|co-codamol|diazepam|diazep[aá]n|tramadol"
            + "|metamizol|nolotil|dexketoprofen|dexketoprofeno|nurofen|panadol|tylenol|advil|motrin|aleve)";
    /** Words that make a sentence about medicines, so that a schedule in it is a medicine's schedule. */
    private static final Pattern MEDICINE_WORD = Pattern.compile("(?i)\\b(?:" + MEDICINE_NAMES.substring(3,
            MEDICINE_NAMES.length() - 1) + "|medicines?|medications?|painkillers?|pills?|tablets?|capsules?"
            + "|anti-inflammator(?:y|ies)|medicamentos?|medicinas?|calmantes?|analg[eé]sicos?|antiinflamatorios?"
            + "|pastillas?|comprimidos?|c[aá]psulas?)\\b");
    /** A count of a named medicine: '1 or 2 paracetamol', 'dos ibuprofenos'. */
    static final Pattern MEDICINE_COUNT = Pattern.compile("(?i)\\b" + NUMBER + "(?:\\s*(?:-|–|to|or|o|a)\\s*"
            + NUMBER + ")?\\s+" + MEDICINE_NAMES + "s?\\b");
    /**
     * How often to take something: 'every 8 hours', 'up to 3 times a day', 'cada 8 horas', 'hasta 3 veces al
     * día'. Only a medicine dose when the sentence is about a medicine: '5 slow repeats, 3 times a day' is an
     * exercise dose, which the handbook gives.
     */
    static final Pattern SCHEDULE = Pattern.compile("(?i)\\b(?:every\\s+" + NUMBER + "(?:\\s*(?:-|–|to|or)\\s*" + NUMBER
            + ")?\\s+hours?|(?:up\\s+to\\s+)?" + NUMBER + "\\s+times\\s+(?:a|per|each)\\s+day|" + NUMBER
            + "\\s+times\\s+daily|cada\\s+" + NUMBER + "(?:\\s*(?:-|–|a|o)\\s*" + NUMBER + ")?\\s+horas?|(?:hasta\\s+)?"
            + NUMBER + "\\s+veces\\s+(?:al|por|cada)\\s+d[ií]a)\\b");

    /** Parts the prevention plan must have, by heading id, and what each is for. */
    static final List<List<String>> PLAN_PARTS = List.of(
            List.of("why", "why prevention is worth it"),
            List.of("starter", "the starter exercises with dose and progression"),
            List.of("weekly-plan", "a weekly tick-box plan"),
            List.of("flare-up", "a flare-up plan"),
            List.of("myths", "a myths box"),
            List.of("get-help", "when to get help"));

    private ContentChecker() {
    }

    /** The jargon terms' patterns, compiled once for all the pages of a language. */
    public static Map<Jargon, Pattern> jargonPatterns(Handbook handbook) {
        return jargonPatterns(handbook.jargon());
    }

    /**
     * The rules over one page's words (reading level, sentence length, doses, jargon), given its reading figures.
     * They read only the page, so they come out the same for every edition of one language and region.
     * The page's body comes from the one parse every page rule shares, which they only read.
     */
    static ProblemList checkPage(Page page, Element body, Prose prose, String language,
                                 Map<Jargon, Pattern> jargon) {
        ProblemList found = new ProblemList();
        SourceLines lines = new SourceLines(page, body);
        String bodyText = body.text();
        checkReadability(page, prose, language, lines, found);
        checkDoses(page, bodyText, lines, found);
        checkJargon(page, bodyText, jargon, lines, found);
        return found;
    }

    /** The rules over the handbook as a whole: no dose on a card line, each source cited, the plan's parts. */
    public static void checkHandbook(Handbook handbook, ProblemList problems) {
        for (Step step : handbook.steps()) {
            doses(step.cardLine()).stream().findFirst().ifPresent(dose ->
                    problems.add(handbook.firstHour().source(), step.line(), doseMessage(dose)));
        }
        checkSources(handbook, problems);
        checkPlanParts(handbook.prevention(), problems);
    }

    /** The review dates: none overdue, none more than three years apart, a warning when one is near. */
    public static void checkReview(Review review, LocalDate today, ProblemList problems) {
        if (review.next().isAfter(review.last().plusYears(MAX_REVIEW_YEARS))) {
            problems.add(review.file(), review.line(), "the next review (" + review.next() + ") is more than "
                    + MAX_REVIEW_YEARS + " years after the last (" + review.last() + "); health information is "
                    + "reviewed at least every " + MAX_REVIEW_YEARS + " years");
        }
        if (today.isAfter(review.next())) {
            problems.add(review.file(), review.line(), "the next review was due on " + review.next()
                    + "; have a clinician review the content, then update both review dates");
        } else if (!today.isBefore(review.next().minusDays(REVIEW_WARNING_DAYS))) {
            problems.warn(review.file(), review.line(), "the next review is due on " + review.next() + ", in "
                    + ChronoUnit.DAYS.between(today, review.next()) + " days; plan the clinical review now");
        }
    }

    /** Spanish pages: Fernández-Huerta at least 70, "fairly easy". */
    public static final double PAGE_MIN_FERNANDEZ_HUERTA = 70;

    private static void checkReadability(Page page, Prose prose, String language, SourceLines lines,
                                         ProblemList problems) {
        if (language.equals("es")) {
            if (!page.waives("readability") && prose.words() > 0 && prose.fernandezHuerta() < PAGE_MIN_FERNANDEZ_HUERTA) {
                problems.add(page.source(), page.bodyLine(), String.format(Locale.ROOT,
                        "too hard to read: Fernández-Huerta %.1f (at least %.0f); use shorter sentences and shorter "
                                + "words", prose.fernandezHuerta(), PAGE_MIN_FERNANDEZ_HUERTA));
            }
        } else if (!page.waives("readability") && prose.words() > 0
                && (prose.grade() > PAGE_MAX_GRADE || prose.ease() < PAGE_MIN_EASE)) {
            problems.add(page.source(), page.bodyLine(), String.format(Locale.ROOT,
                    "too hard to read: grade %.1f (at most %.0f) and reading ease %.1f (at least %.0f); "
                            + "use shorter sentences and shorter words", prose.grade(), PAGE_MAX_GRADE,
                    prose.ease(), PAGE_MIN_EASE));
        }
        if (!page.waives("sentence-length")) {
            for (String sentence : prose.sentences()) {
                int words = Prose.words(sentence).size();
                if (words > MAX_SENTENCE_WORDS) {
                    problems.add(page.source(), lines.lineOf(sentence), "sentence of " + words
                            + " words (at most " + MAX_SENTENCE_WORDS + "): \"" + shorten(sentence) + "\"");
                }
            }
        }
    }

    private static void checkDoses(Page page, String bodyText, SourceLines lines, ProblemList problems) {
        String text = bodyText + " " + page.title() + " " + page.summary();
        for (String dose : doses(text)) {
            problems.add(page.source(), lines.lineOf(dose), doseMessage(dose));
        }
    }

    /**
     * Every medicine dose in {@code text}: a number with a unit of medicine, a count of a named medicine, or a
     * schedule in a sentence about medicines.
     */
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]*");

    static List<String> doses(String text) {
        java.util.TreeMap<Integer, String> doses = new java.util.TreeMap<>();
        for (Pattern pattern : List.of(DOSE, MEDICINE_COUNT)) {
            Matcher dose = pattern.matcher(text);
            while (dose.find()) {
                doses.putIfAbsent(dose.start(), dose.group());
            }
        }
        // A schedule is a dose only in a sentence about a medicine; most pages name none at all.
        Matcher sentence = SENTENCE.matcher(MEDICINE_WORD.matcher(text).find() ? text : "");
        while (sentence.find()) {
            if (MEDICINE_WORD.matcher(sentence.group()).find()) {
                Matcher schedule = SCHEDULE.matcher(sentence.group());
                while (schedule.find()) {
                    doses.putIfAbsent(sentence.start() + schedule.start(), schedule.group());
                }
            }
        }
        return List.copyOf(doses.values());
    }

    private static String doseMessage(String dose) {
        return "'" + dose + "' reads as a medicine dose; the handbook gives no doses: say 'ask a pharmacist'";
    }

    /** Each jargon term as a pattern (with its plural), compiled once per check rather than once per page. */
    private static Map<Jargon, Pattern> jargonPatterns(List<Jargon> jargon) {
        Map<Jargon, Pattern> patterns = new java.util.LinkedHashMap<>();
        jargon.forEach(term -> patterns.put(term, Pattern.compile("(?i)\\b" + Pattern.quote(term.term()) + "(s|es)?\\b")));
        return patterns;
    }

    /** A bracketed aside: a term in brackets after the plain words is how the handbook is meant to name it. */
    private static final Pattern IN_BRACKETS = Pattern.compile("\\([^)]*\\)");

    private static void checkJargon(Page page, String bodyText, Map<Jargon, Pattern> jargon, SourceLines lines,
                                     ProblemList problems) {
        if (page.waives("jargon")) {
            return;
        }
        String text = IN_BRACKETS.matcher(page.title() + ". " + page.summary() + ". " + bodyText).replaceAll(" ");
        // A term the text does not hold in any case cannot match; most pages hold few of them.
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<Jargon, Pattern> entry : jargon.entrySet()) {
            Jargon term = entry.getKey();
            if (!lower.contains(term.term().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Matcher m = entry.getValue().matcher(text);
            if (m.find()) {
                problems.add(page.source(), lines.lineOf(m.group()), "'" + m.group()
                        + "' is jargon: write '" + term.plain() + "', or put the term in brackets after the plain words");
            }
        }
    }

    /** Whether a source's entry, up to the next heading, links to a page on the web. */
    private static boolean linksToItsPage(Element heading) {
        for (Element next = heading.nextElementSibling(); next != null && !next.tagName().matches("h[1-6]");
             next = next.nextElementSibling()) {
            if (!next.select("a[href^=https://], a[href^=http://]").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void checkSources(Handbook handbook, ProblemList problems) {
        Page sources = handbook.page(Handbook.SOURCES).orElseThrow();
        Set<String> cited = new HashSet<>();
        for (Page page : handbook.pages()) {
            for (Link link : page.links()) {
                String path = Links.path(link.target());
                boolean toSources = path.equals(Handbook.SOURCES + ".md") || (path.isEmpty() && page == sources);
                if (toSources) {
                    Links.fragment(link.target()).ifPresent(cited::add);
                }
            }
        }
        List<Element> entries = Jsoup.parseBodyFragment(sources.html()).select("h3[id]");
        if (entries.isEmpty()) {
            problems.add(sources.source(), sources.bodyLine(), "the sources page lists no sources; give each "
                    + "source a heading such as '### NICE guideline NG59 (2016) {#nice}'");
        }
        for (Element entry : entries) {
            if (!linksToItsPage(entry)) {
                problems.add(sources.source(), SourceLines.lineOfId(sources, entry.id()), "source '" + entry.id()
                        + "' gives no web address; add a line 'Where: [its title](https://…)' so readers can find it");
            }
            if (!cited.contains(entry.id())) {
                problems.add(sources.source(), SourceLines.lineOfId(sources, entry.id()), "source '" + entry.id()
                        + "' is never cited; link a claim to it as [" + shorten(entry.text()) + "](sources.md#"
                        + entry.id() + ") or remove it");
            }
        }
    }

    private static void checkPlanParts(Page plan, ProblemList problems) {
        Element body = Jsoup.parseBodyFragment(plan.html()).body();
        for (List<String> part : PLAN_PARTS) {
            Element heading = body.getElementById(part.get(0));
            if (heading == null) {
                problems.add(plan.source(), plan.bodyLine(), "the prevention plan lacks " + part.get(1)
                        + ": add a section headed '## … {#" + part.get(0) + "}'");
            }
        }
        if (body.select("table").stream().noneMatch(t -> t.text().contains("☐"))) {
            problems.add(plan.source(), plan.bodyLine(), "the weekly plan needs a table of tick boxes (☐) to fill in");
        }
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57).strip() + "…";
    }
}
