package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WCAG 2 contrast ratios against published figures (WebAIM's contrast checker gives the same). */
class ContrastTest {

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({"#000000, #ffffff, 21.0", "#ffffff, #000000, 21.0", "#ffffff, #ffffff, 1.0",
        "#767676, #ffffff, 4.54", "#777777, #ffffff, 4.48", "#ff0000, #ffffff, 4.00", "#0000ff, #ffffff, 8.59",
        "#00ff00, #000000, 15.30", "#0a0a0a, #000000, 1.06"})
    void ratio(String foreground, String background, double expected) {
        assertEquals(expected, Contrast.ratio(foreground, background), 0.01);
    }
}
