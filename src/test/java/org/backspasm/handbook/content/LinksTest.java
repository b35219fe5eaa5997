package org.backspasm.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a link written in content points in the site. */
class LinksTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"first-hour.md, first-hour.html", "first-hour.md#breathe, first-hour.html#breathe",
        "#breathe, #breathe", "card.pdf, card.pdf", "https://example.org/a.md, https://example.org/a.md",
        "notes.md.txt, notes.md.txt", "a.md#b.md, a.html#b.md"})
    void pageLinksPointAtTheHtmlPage(String written, String inSite) {
        assertEquals(inSite, Links.toHtmlTarget(written));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"https://x.org, true", "tel:+441234, true", "mailto:a@b.c, true", "a+b.c-d:x, true",
        "page.md, false", "#x:y, false", "1abc:x, false", "page.md#a:b, false", ":x, false"})
    void aSchemeIsLettersBeforeAColon(String target, boolean scheme) {
        assertEquals(scheme, Links.hasScheme(target));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"page.md#top, page.md, top", "page.md, page.md, ", "#top, '', top", "a.md#, a.md, ''"})
    void pathAndFragment(String target, String path, String fragment) {
        assertEquals(path, Links.path(target));
        assertEquals(Optional.ofNullable(fragment), Links.fragment(target));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"page.md", "x/y.md"})
    void aTargetWithoutHashHasNoFragment(String target) {
        assertFalse(Links.fragment(target).isPresent());
        assertTrue(Links.path(target).endsWith(".md"));
    }
}
