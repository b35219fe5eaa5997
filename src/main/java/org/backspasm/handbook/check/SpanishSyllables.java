package org.backspasm.handbook.check;

import java.util.Locale;

/**
 * Spanish syllables by the vowel-group rule: each group of vowels is one syllable, except that two strong
 * vowels side by side (a, e, o, or an accented í or ú) are two (hiatus). A final y after a vowel is a vowel
 * of the same syllable. Good for readability scores; not a hyphenation dictionary.
 */
final class SpanishSyllables {

    private static final String VOWELS = "aeiouáéíóúü";
    private static final String STRONG = "aeoáéíóú";
    private static final java.util.regex.Pattern NOT_A_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");

    private SpanishSyllables() {
    }

    static int count(String word) {
        String w = NOT_A_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        if (w.isEmpty()) {
            return 1;
        }
        int syllables = 0;
        boolean inGroup = false;
        char previous = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = VOWELS.indexOf(c) >= 0;
            if (vowel) {
                if (!inGroup) {
                    syllables++;
                } else if (STRONG.indexOf(c) >= 0 && STRONG.indexOf(previous) >= 0) {
                    syllables++;
                }
                inGroup = true;
            } else {
                inGroup = false;
            }
            previous = c;
        }
        return Math.max(1, syllables);
    }
}
