package org.backspasm.handbook.render;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * PDFs already laid out, by the HTML and date they were made from, each with the files its layout read (the
 * pictures, the clinic's logo). One is given again only while every one of those files holds the same bytes.
 * The clinics of a batch share the large print of their language and region, a card search tries no size
 * twice, and a preview rebuild lays out only the PDFs an edit changed. The least recently used go first once
 * the PDFs kept pass the budget, so a preview that runs for hours does not grow.
 */
final class LaidOut {

    /** A PDF, and each file its layout asked for with a hash of what it got ("none" for nothing). */
    private record Entry(byte[] pdf, Map<String, String> read) {
    }

    private final long budgetBytes;
    /** In the order of their last use, the oldest first. */
    private final LinkedHashMap<String, Entry> pdfs = new LinkedHashMap<>(16, 0.75f, true);
    private long keptBytes;

    LaidOut(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /**
     * The PDF for {@code key}: the one laid out before if the files it read are unchanged, or a new one from
     * {@code layOut}, which reads its files through the function it is given.
     */
    byte[] get(String key, Function<String, Optional<byte[]>> files,
               Function<Function<String, Optional<byte[]>>, byte[]> layOut) {
        Entry known;
        synchronized (this) {
            known = pdfs.get(key);
        }
        if (known != null && known.read().entrySet().stream()
                .allMatch(file -> hash(files.apply(file.getKey())).equals(file.getValue()))) {
            return known.pdf();
        }
        Map<String, String> read = new ConcurrentHashMap<>();
        byte[] pdf = layOut.apply(name -> {
            Optional<byte[]> bytes = files.apply(name);
            read.put(name, hash(bytes));
            return bytes;
        });
        keep(key, new Entry(pdf, Map.copyOf(read)));
        return pdf;
    }

    private synchronized void keep(String key, Entry entry) {
        Entry replaced = pdfs.put(key, entry);
        keptBytes += entry.pdf().length - (replaced == null ? 0 : replaced.pdf().length);
        Iterator<Map.Entry<String, Entry>> oldestFirst = pdfs.entrySet().iterator();
        while (keptBytes > budgetBytes && pdfs.size() > 1) {
            Map.Entry<String, Entry> oldest = oldestFirst.next();
            keptBytes -= oldest.getValue().pdf().length;
            oldestFirst.remove();
        }
    }

    /** How many PDFs are kept. */
    synchronized int size() {
        return pdfs.size();
    }

    private static String hash(Optional<byte[]> bytes) {
        if (bytes.isEmpty()) {
            return "none";
        }
        return Sha256.hex(bytes.get());
    }

    /** The key of a PDF made from {@code html} dated {@code date}. */
    static String key(String html, java.time.Instant date) {
        return hash(Optional.of(html.getBytes(StandardCharsets.UTF_8))) + " " + date;
    }
}
