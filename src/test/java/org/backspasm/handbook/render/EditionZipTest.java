package org.backspasm.handbook.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.Instant;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The same files give the same zip, byte for byte, in every time zone (F9 of the security review). */
class EditionZipTest {

    @Test
    void theZipIsTheSameInEveryTimeZone() {
        Map<String, byte[]> files = Map.of("index.html", "<p>Hi</p>".getBytes(), "es/index.html", "<p>Hola</p>".getBytes());
        Instant date = Instant.parse("2026-11-21T00:00:00Z");
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            byte[] utc = EditionZip.of("handbook", files, date);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            byte[] east = EditionZip.of("handbook", files, date);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            byte[] west = EditionZip.of("handbook", files, date);
            assertArrayEquals(utc, east);
            assertArrayEquals(utc, west);
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
