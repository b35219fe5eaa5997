package org.backspasm.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spanish syllable counts against words whose division is known, and the Fernández-Huerta formula. */
class SpanishSyllablesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // plain consonant-vowel words
        "casa, 2", "espalda, 3", "dolor, 2", "paracetamol, 5", "ibuprofeno, 5", "médico, 3", "calor, 2",
        "respire, 3", "emergencia, 4",
        // diphthongs: a weak vowel (i, u) with another vowel is one syllable
        "pierna, 2", "fuerza, 2", "cuidado, 3", "ciudad, 2", "aire, 2", "auto, 2", "reina, 2", "deuda, 2",
        "oigo, 2", "agua, 2", "urgencias, 3", "ciencia, 2", "lluvia, 2", "antiguo, 3", "fisioterapeuta, 6",
        "murciélago, 4",
        // silent u after g and q, and ü
        "guitarra, 3", "queso, 2", "pingüino, 3", "lingüística, 4",
        // hiatus: two strong vowels, or an accented weak vowel, are two syllables
        "día, 2", "río, 2", "frío, 2", "país, 2", "baúl, 2", "maíz, 2", "oído, 3", "leer, 2", "creer, 2",
        "poeta, 3", "caer, 2", "teatro, 3", "toalla, 3", "héroe, 3", "océano, 4", "acentúa, 4", "reúne, 3",
        // h between vowels does not join them; y before a vowel is a consonant
        "ahora, 3", "prohibir, 3", "ahí, 2", "búho, 2", "huevo, 2", "ayuda, 3",
        // triphthongs and a final y, which belongs to the vowel before it
        "averiguáis, 4", "buey, 1", "Uruguay, 3", "rey, 1", "hoy, 1", "muy, 1", "estoy, 2", "y, 1",
        // a number written in digits counts as one syllable
        "15, 1"})
    void countsSyllables(String word, int syllables) {
        assertEquals(syllables, SpanishSyllables.count(word));
    }

    @Test
    void fernandezHuertaPenalisesLongSentencesAsCorrected() {
        // 2 sentences, 12 words, 24 syllables: 206.84 − 60 × 2 − 1.02 × 6 = 80.72
        Prose prose = Prose.ofBlocks(java.util.List.of("casa casa casa casa casa casa.", "casa casa casa casa casa casa."),
                "es");
        assertEquals(80.72, prose.fernandezHuerta(), 0.001);
        Prose longer = Prose.ofBlocks(java.util.List.of("casa casa casa casa casa casa casa casa casa casa casa casa."),
                "es");
        assertEquals(206.84 - 120 - 12.24, longer.fernandezHuerta(), 0.001, "one long sentence reads harder");
    }
}
