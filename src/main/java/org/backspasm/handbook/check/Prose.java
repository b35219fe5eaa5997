package org.backspasm.handbook.check;

import eu.crydee.syllablecounter.SyllableCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The running prose of a page, as sentences, with the Flesch–Kincaid grade and Flesch reading ease.
 * Headings, tables and navigation are left out; each paragraph and list item ends a sentence even without a
 * full stop. Syllables are counted by eu.crydee:syllable-counter (English rules plus an exceptions list);
 * a word without letters, such as "15", counts as one syllable.
 */
public record Prose(List<String> sentences, int words, int syllables, String language) {

    private static final SyllableCounter SYLLABLES = new SyllableCounter();
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][\"”’)]{0,3})\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    /** What separates words: spaces, slashes and dashes. Patterns are compiled once: prose is read by the page. */
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s/–—]+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}'-]");
    private static final Pattern MARKS_AT_THE_ENDS = Pattern.compile("^['-]+|['-]+$");

    public static Prose ofHtml(String html) {
        return ofHtml(html, "en");
    }

    /** As {@link #ofHtml(String)}, counting syllables by the rules of {@code language} (en or es). */
    public static Prose ofHtml(String html, String language) {
        return ofBody(Jsoup.parseBodyFragment(html).body(), language, new SyllableCounts());
    }

    /** Headings, tables, navigation, footers, folded details and code are not read as prose. */
    private static final java.util.Set<String> NOT_PROSE = java.util.Set.of("h1", "h2", "h3", "h4", "h5", "h6",
            "table", "nav", "footer", "details", "pre", "script", "style");

    /**
     * The same from a page body parsed already, which it leaves as it was, taking each word's syllables from
     * {@code counts} (shared by the pages of a run).
     */
    static Prose ofBody(Element body, String language, SyllableCounts counts) {
        List<String> blocks = new ArrayList<>();
        for (Element block : body.select("p, li, dd, dt")) {
            if (block.parents().stream().anyMatch(parent -> NOT_PROSE.contains(parent.normalName()))) {
                continue;
            }
            Element copy = block.clone();
            copy.select("ul, ol, p, dl").remove();
            String text = copy.text().strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return ofBlocks(blocks, language, counts);
    }

    public static Prose ofBlocks(List<String> blocks) {
        return ofBlocks(blocks, "en");
    }

    public static Prose ofBlocks(List<String> blocks, String language) {
        return ofBlocks(blocks, language, new SyllableCounts());
    }

    private static Prose ofBlocks(List<String> blocks, String language, SyllableCounts counts) {
        List<String> sentences = new ArrayList<>();
        int words = 0;
        int syllables = 0;
        for (String block : blocks) {
            for (String sentence : SENTENCE_END.split(block.strip())) {
                List<String> tokens = words(sentence);
                if (tokens.isEmpty()) {
                    continue;
                }
                sentences.add(sentence.strip());
                words += tokens.size();
                syllables += tokens.stream().mapToInt(word -> counts.count(word, language)).sum();
            }
        }
        return new Prose(List.copyOf(sentences), words, syllables, language);
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : BETWEEN_WORDS.split(text)) {
            if (WORD.matcher(token).find()) {
                words.add(token);
            }
        }
        return words;
    }

    static int syllables(String word) {
        String letters = MARKS_AT_THE_ENDS.matcher(NOT_A_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(""))
                .replaceAll("");
        if (letters.isEmpty()) {
            return 1;
        }
        int total = 0;
        for (String part : letters.split("-")) {
            if (!part.isEmpty()) {
                total += Math.max(1, SYLLABLES.count(part));
            }
        }
        return Math.max(1, total);
    }

    public int sentenceCount() {
        return sentences.size();
    }

    /** Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
    public double grade() {
        return sentences.isEmpty() ? 0 : 0.39 * words / sentences.size() + 11.8 * syllables / words - 15.59;
    }

    /** Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. */
    public double ease() {
        return sentences.isEmpty() ? 100 : 206.835 - 1.015 * words / sentences.size() - 84.6 * syllables / words;
    }

    /**
     * Fernández-Huerta's reading ease for Spanish, as corrected: 206.84 − 60 × syllables per word − 1.02 × words
     * per sentence. The form printed in 1959 subtracts 1.02 × sentences per 100 words instead, which inverts the
     * sentence term and so rewards long sentences. 70–80 reads "fairly easy", 80–90 "easy".
     */
    public double fernandezHuerta() {
        return words == 0 ? 100
                : 206.84 - 60.0 * syllables / words - 1.02 * words / Math.max(1, sentences.size());
    }

    public String longestSentence() {
        return sentences.stream().max((a, b) -> Integer.compare(words(a).size(), words(b).size())).orElse("");
    }
}
