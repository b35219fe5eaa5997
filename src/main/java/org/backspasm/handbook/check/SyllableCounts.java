package org.backspasm.handbook.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each word's syllables, counted once by the rules of its language and then remembered: the pages of a
 * handbook use a few thousand words again and again, and counting one is the slowest part of reading a page.
 */
public final class SyllableCounts {

    private final Map<String, Integer> english = new ConcurrentHashMap<>();
    private final Map<String, Integer> spanish = new ConcurrentHashMap<>();

    /** The syllables of {@code word} (as written in a sentence, punctuation and all) in {@code language}. */
    int count(String word, String language) {
        return language.equals("es") ? spanish.computeIfAbsent(word, SpanishSyllables::count)
                : english.computeIfAbsent(word, Prose::syllables);
    }
}
