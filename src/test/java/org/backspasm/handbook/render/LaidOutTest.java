package org.backspasm.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LaidOutTest {

    /** Lays out a PDF of {@code size} bytes, counting each layout. */
    private static Supplier<byte[]> layOut(AtomicInteger layouts, int size) {
        return () -> {
            layouts.incrementAndGet();
            return new byte[size];
        };
    }

    @Test
    void aPdfIsLaidOutOnceWhileItFitsTheBudget() {
        LaidOut laidOut = new LaidOut(100);
        AtomicInteger layouts = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            laidOut.get("a", layOut(layouts, 40));
            laidOut.get("b", layOut(layouts, 40));
        }
        assertEquals(2, layouts.get());
        assertEquals(2, laidOut.size());
    }

    @Test
    void pastTheBudgetOnlyTheNewestIsKept() {
        LaidOut laidOut = new LaidOut(100);
        AtomicInteger layouts = new AtomicInteger();
        laidOut.get("a", layOut(layouts, 60));
        laidOut.get("b", layOut(layouts, 60));
        assertEquals(1, laidOut.size());
        laidOut.get("b", layOut(layouts, 60));
        assertEquals(2, layouts.get(), "the newest is still kept");
        laidOut.get("a", layOut(layouts, 60));
        assertEquals(3, layouts.get(), "the older one was let go");
        assertEquals(1, laidOut.size());
    }
}
