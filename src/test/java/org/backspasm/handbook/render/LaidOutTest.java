package org.backspasm.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LaidOutTest {

    /** The files a layout may read, by name. */
    private final Map<String, String> files = new HashMap<>();
    private final Function<String, Optional<byte[]>> read =
            name -> Optional.ofNullable(files.get(name)).map(text -> text.getBytes(StandardCharsets.UTF_8));
    private final AtomicInteger layouts = new AtomicInteger();

    /** Lays out a PDF of {@code size} bytes that reads {@code file}, counting each layout. */
    private Function<Function<String, Optional<byte[]>>, byte[]> layOut(int size, String file) {
        return reader -> {
            layouts.incrementAndGet();
            reader.apply(file);
            return new byte[size];
        };
    }

    @Test
    void aPdfIsLaidOutOnceWhileItsFilesAreUnchanged() {
        LaidOut laidOut = new LaidOut(100);
        files.put("figure.svg", "<svg/>");
        for (int i = 0; i < 3; i++) {
            laidOut.get("a", read, layOut(40, "figure.svg"));
            laidOut.get("b", read, layOut(40, "logo.png"));
        }
        assertEquals(2, layouts.get());
        assertEquals(2, laidOut.size());
    }

    @Test
    void aChangedOrNewFileLaysItOutAgain() {
        LaidOut laidOut = new LaidOut(100);
        files.put("figure.svg", "<svg/>");
        laidOut.get("a", read, layOut(10, "figure.svg"));
        laidOut.get("b", read, layOut(10, "logo.png"));
        files.put("figure.svg", "<svg></svg>");
        laidOut.get("a", read, layOut(10, "figure.svg"));
        assertEquals(3, layouts.get(), "the picture was edited");
        files.put("logo.png", "png");
        laidOut.get("b", read, layOut(10, "logo.png"));
        assertEquals(4, layouts.get(), "the logo was missing and is there now");
        laidOut.get("a", read, layOut(10, "figure.svg"));
        laidOut.get("b", read, layOut(10, "logo.png"));
        assertEquals(4, layouts.get());
    }

    @Test
    void pdfsThatFillTheBudgetExactlyAreAllKept() {
        LaidOut laidOut = new LaidOut(100);
        laidOut.get("a", read, layOut(50, "x"));
        laidOut.get("b", read, layOut(50, "x"));
        assertEquals(2, laidOut.size());
        laidOut.get("a", read, layOut(50, "x"));
        assertEquals(2, layouts.get());
    }

    @Test
    void pastTheBudgetTheLeastRecentlyUsedGoFirst() {
        LaidOut laidOut = new LaidOut(100);
        laidOut.get("a", read, layOut(40, "x"));
        laidOut.get("b", read, layOut(40, "x"));
        laidOut.get("a", read, layOut(40, "x"));
        laidOut.get("c", read, layOut(40, "x"));
        assertEquals(2, laidOut.size(), "b was used least recently");
        laidOut.get("a", read, layOut(40, "x"));
        laidOut.get("c", read, layOut(40, "x"));
        assertEquals(3, layouts.get());
        laidOut.get("b", read, layOut(40, "x"));
        assertEquals(4, layouts.get(), "b was let go");
        laidOut.get("d", read, layOut(500, "x"));
        assertEquals(1, laidOut.size(), "one larger than the budget is still kept, alone");
        laidOut.get("d", read, layOut(500, "x"));
        assertEquals(5, layouts.get());
    }
}
