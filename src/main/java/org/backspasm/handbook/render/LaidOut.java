package org.backspasm.handbook.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * PDFs already laid out, by what they were made from, up to a total size. A batch of clinics shares one per
 * language and region; a preview lives for hours and each page edit makes a new one, so past the budget all
 * but the newest are let go.
 */
final class LaidOut {

    private final long budgetBytes;
    private final Map<String, byte[]> pdfs = new ConcurrentHashMap<>();

    LaidOut(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** The PDF made from {@code key}: laid out earlier, or now by {@code layOut} (once, if asked side by side). */
    byte[] get(String key, Supplier<byte[]> layOut) {
        byte[] pdf = pdfs.computeIfAbsent(key, k -> layOut.get());
        if (pdfs.values().stream().mapToLong(bytes -> bytes.length).sum() > budgetBytes) {
            pdfs.keySet().removeIf(other -> !other.equals(key));
        }
        return pdf;
    }

    /** How many PDFs are kept. */
    int size() {
        return pdfs.size();
    }
}
