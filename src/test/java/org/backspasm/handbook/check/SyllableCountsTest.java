package org.backspasm.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SyllableCountsTest {

    @Test
    void aWordIsCountedByTheRulesOfItsLanguageWhicheverCameFirst() {
        SyllableCounts counts = new SyllableCounts();
        assertEquals(1, counts.count("once", "en"));
        assertEquals(2, counts.count("once", "es"), "Spanish 'once' (eleven) is on-ce");
        SyllableCounts other = new SyllableCounts();
        assertEquals(2, other.count("once", "es"));
        assertEquals(1, other.count("once", "en"));
        assertEquals(Prose.syllables("walking,"), counts.count("walking,", "en"));
    }

    @Test
    void aPageReadsTheSameWithSharedCounts() {
        String html = "<p>Move a little every day. Walk for a short time, then rest.</p><p>Caminar ayuda.</p>";
        SyllableCounts shared = new SyllableCounts();
        Prose.ofBody(body("<p>Walk, walk and rest.</p>"), "en", shared);
        assertEquals(Prose.ofHtml(html, "en"), Prose.ofBody(body(html), "en", shared));
        assertEquals(Prose.ofHtml(html, "es"), Prose.ofBody(body(html), "es", shared));
    }

    private static org.jsoup.nodes.Element body(String html) {
        return org.jsoup.Jsoup.parseBodyFragment(html).body();
    }
}
