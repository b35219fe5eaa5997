package org.backspasm.handbook.check;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.backspasm.handbook.model.Page;

/** Finds the source line a piece of rendered text came from, so a rule can point an editor at it. */
final class SourceLines {

    private SourceLines() {
    }

    /** The first line whose plain text holds the start of {@code text}; the body's first line if none does. */
    static int lineOf(Page page, String text) {
        List<String> lines = page.lines();
        if (text.startsWith("#")) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("{" + text) || lines.get(i).contains(text + "}")) {
                    return i + 1;
                }
            }
        }
        List<String> words = List.of(plain(text).split(" "));
        for (int take = Math.min(6, words.size()); take >= 1; take = take > 2 ? take - 2 : take - 1) {
            String start = String.join(" ", words.subList(0, take));
            if (start.isBlank()) {
                continue;
            }
            for (int i = page.bodyLine() - 1; i < lines.size(); i++) {
                if ((" " + plain(lines.get(i)) + " ").contains(" " + start + " ")) {
                    return i + 1;
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
