package org.backspasm.handbook.check;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.backspasm.handbook.model.Page;

/** Finds the source line a piece of rendered text came from, so a rule can point an editor at it. */
final class SourceLines {

    private SourceLines() {
    }

    /** The line {@code id} is written on, as the Markdown parser saw it; the body's first line if unknown. */
    static int lineOfId(Page page, String id) {
        return page.idLines().getOrDefault(id, page.bodyLine());
    }

    /**
     * The first line this edition keeps whose plain text holds the start of {@code text}; the body's first line
     * if none does. Lines inside other regions' blocks are skipped: the text this edition shows is not there.
     */
    static int lineOf(Page page, String text) {
        List<String> lines = page.lines();
        List<String> words = List.of(plain(text).split(" "));
        for (int take = Math.min(6, words.size()); take >= 1; take = take > 2 ? take - 2 : take - 1) {
            String start = String.join(" ", words.subList(0, take));
            if (start.isBlank()) {
                continue;
            }
            for (int number : page.keptLines()) {
                if ((" " + plain(lines.get(number - 1)) + " ").contains(" " + start + " ")) {
                    return number;
                }
            }
        }
        return page.bodyLine();
    }

    /** Lowercase letters, digits and single spaces, without Markdown link targets. */
    static String plain(String text) {
        String noTargets = text.replaceAll("\\]\\([^)]*\\)", " ").replaceAll("\\{[^}]*}", " ");
        String folded = Normalizer.normalize(noTargets, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
