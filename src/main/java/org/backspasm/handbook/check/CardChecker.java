package org.backspasm.handbook.check;

import java.util.Locale;
import org.backspasm.handbook.problem.ProblemList;
import java.util.Optional;
import org.backspasm.handbook.model.Clinic;
import org.backspasm.handbook.model.DangerSigns;
import org.backspasm.handbook.model.CardPdf;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.model.Step;
import org.jsoup.Jsoup;

/**
 * The emergency card's limits: one page, at most 240 words, grade 6 and reading ease 70, no long sentences.
 * 240 rather than the 200 of earlier versions: every danger sign the clinical review asks for (tearing chest
 * pain, sepsis, cancer with leg symptoms, kidney infection…) is on the card, and one page at 14 pt still holds
 * them.
 * Its words come from the danger signs and the steps' card lines, so a problem points at whichever is larger.
 */
public final class CardChecker {

    public static final int MAX_WORDS = 240;
    public static final double MAX_GRADE = 6;
    public static final double MIN_EASE = 70;
    /** Spanish cards: Fernández-Huerta at least 80, "easy". */
    public static final double MIN_FERNANDEZ_HUERTA = 80;

    private CardChecker() {
    }

    public static void check(Handbook handbook, CardPdf card, ProblemList problems) {
        if (card.pages() > 1) {
            Optional<Clinic> longName = handbook.clinic().filter(c -> c.shortName().codePointCount(0,
                    c.shortName().length()) > Clinic.SHORT_NAME_LENGTH);
            // A long clinic name is what grew; the clinically reviewed lists are not blamed for it.
            problems.add(longName.map(c -> new Problem(c.profile(), c.nameLine(), "the emergency card runs onto "
                    + card.pages() + " pages; the clinic's name (" + c.shortName().codePointCount(0,
                    c.shortName().length()) + " characters) takes extra lines at its top: add a short_name of at most "
                    + Clinic.SHORT_NAME_LENGTH + " characters to this profile, e.g. short_name: \""
                    + suggestedShortName(c.name()) + "\""))
                    .orElseGet(() -> blame(handbook, "the emergency card runs onto " + card.pages()
                            + " pages; it must fit on one. Shorten ")));
        }
        int words = Prose.words(readText(card.html()).text()).size();
        if (words > MAX_WORDS) {
            problems.add(blame(handbook, "the emergency card has " + words + " words (at most " + MAX_WORDS
                    + "). Shorten "));
        }
        String language = handbook.settings().language();
        Prose prose = prose(card.html(), language);
        if (language.equals("es") && prose.fernandezHuerta() < MIN_FERNANDEZ_HUERTA) {
            problems.add(blameHarder(handbook, String.format(Locale.ROOT, "the emergency card is too hard to read: "
                    + "Fernández-Huerta %.1f (at least %.0f). Simplify ", prose.fernandezHuerta(), MIN_FERNANDEZ_HUERTA)));
        } else if (!language.equals("es") && (prose.grade() > MAX_GRADE || prose.ease() < MIN_EASE)) {
            problems.add(blameHarder(handbook, String.format(Locale.ROOT, "the emergency card is too hard to read: "
                    + "grade %.1f (at most %.0f) and reading ease %.1f (at least %.0f). Simplify ",
                    prose.grade(), MAX_GRADE, prose.ease(), MIN_EASE)));
        }
        for (String sentence : prose.sentences()) {
            int count = Prose.words(sentence).size();
            if (count > ContentChecker.MAX_SENTENCE_WORDS) {
                problems.add(blame(handbook, "a sentence on the emergency card has " + count + " words (at most "
                        + ContentChecker.MAX_SENTENCE_WORDS + "): \"" + ContentChecker.shorten(sentence) + "\". Shorten "));
            }
        }
    }

    /** The card's reading figures: of its words to read, not of the clinic's header. */
    public static Prose prose(String cardHtml, String language) {
        return Prose.ofHtml(readText(cardHtml).html(), language);
    }

    /**
     * The card without the clinic's header (name, phone, web address): that is the clinic's contact, not words
     * to read in a hurry. A clinic's own card template marks its header with the class {@code clinic}.
     */
    private static org.jsoup.nodes.Element readText(String cardHtml) {
        org.jsoup.nodes.Element body = Jsoup.parse(cardHtml).body();
        body.select(".clinic").remove();
        return body;
    }

    /** The name up to its first dash, comma or bracket, or its first words, to show what a short name is. */
    static String suggestedShortName(String name) {
        String cut = name.split("\\s+[—–-]\\s+|,|\\(")[0].strip();
        if (cut.codePointCount(0, cut.length()) <= Clinic.SHORT_NAME_LENGTH) {
            return cut;
        }
        StringBuilder words = new StringBuilder();
        for (String word : cut.split("\\s+")) {
            if (words.length() + word.length() + 1 > Clinic.SHORT_NAME_LENGTH) {
                break;
            }
            words.append(words.length() == 0 ? "" : " ").append(word);
        }
        return words.toString();
    }

    /** Points at the steps' card lines or the danger-sign lists, whichever holds more of the card's words. */
    static Problem blame(Handbook handbook, String message) {
        int stepWords = stepWords(handbook);
        int signWords = handbook.dangerSigns().all().stream().mapToInt(CardChecker::words).sum();
        return stepWords >= signWords ? blameSteps(handbook, message) : blameSigns(handbook, message);
    }

    /** Points at the steps' card lines or the danger-sign lists, whichever reads harder. */
    static Problem blameHarder(Handbook handbook, String message) {
        Prose steps = Prose.ofBlocks(handbook.steps().stream().map(Step::cardLine).toList());
        Prose signs = Prose.ofBlocks(handbook.dangerSigns().all().stream()
                .flatMap(t -> t.signs().stream()).map(s -> Jsoup.parse(s).text()).toList());
        return steps.grade() >= signs.grade() ? blameSteps(handbook, message) : blameSigns(handbook, message);
    }

    private static int stepWords(Handbook handbook) {
        return handbook.steps().stream().mapToInt(s -> Prose.words(s.cardLine()).size()).sum();
    }

    private static Problem blameSteps(Handbook handbook, String message) {
        int stepWords = stepWords(handbook);
        DangerSigns signs = handbook.dangerSigns();
        int signWords = signs.all().stream().mapToInt(CardChecker::words).sum();
        int line = handbook.steps().stream().mapToInt(Step::line).min().orElse(0);
        return new Problem(handbook.firstHour().source(), line, message + "the steps' card lines here ("
                + stepWords + " words) or the danger signs in " + handbook.dangerSignsPage().source()
                + " (" + signWords + " words)");
    }

    private static Problem blameSigns(Handbook handbook, String message) {
        int stepWords = stepWords(handbook);
        DangerSigns signs = handbook.dangerSigns();
        int signWords = signs.all().stream().mapToInt(CardChecker::words).sum();
        DangerSigns.Tier longest = signs.all().stream()
                .max((a, b) -> Integer.compare(words(a), words(b))).orElseThrow();
        return new Problem(handbook.dangerSignsPage().source(), longest.line(), message
                + "the danger-sign lists here (" + signWords + " words, most under '" + longest.heading()
                + "') or the steps' card lines in " + handbook.firstHour().source() + " (" + stepWords + " words)");
    }

    private static int words(DangerSigns.Tier tier) {
        return tier.signs().stream().mapToInt(s -> Prose.words(Jsoup.parse(s).text()).size()).sum();
    }
}
