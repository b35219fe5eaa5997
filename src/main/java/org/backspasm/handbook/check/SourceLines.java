package org.backspasm.handbook.check;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.backspasm.handbook.model.Page;
import org.jsoup.nodes.Element;

/**
 * Finds the source line a piece of rendered text came from, so a rule can point an editor at it. The Markdown
 * parser tells where each block of the page (paragraph, list item, heading, table cell) starts; the text is looked
 * for only in the block that holds it, and then only among that block's own lines, to name the line of a
 * paragraph written over several.
 */
final class SourceLines {

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{[^}]*}");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Page page;
    private final List<Element> blocks;

    /** The blocks of {@code body}, the page's HTML parsed, which it only reads. */
    SourceLines(Page page, Element body) {
        this.page = page;
        this.blocks = body.select(Page.BLOCKS);
    }

    /** The line {@code id} is written on, as the Markdown parser saw it; the body's first line if unknown. */
    static int lineOfId(Page page, String id) {
        return page.idLines().getOrDefault(id, page.bodyLine());
    }

    /**
     * The line the start of {@code text} is written on: within the innermost block whose text holds it, the first
     * of the block's lines to hold its first words; the block's first line if no single line does (the words run
     * over a line break), the body's first line if no block holds it (it is in the title or the summary).
     */
    int lineOf(String text) {
        String wanted = plain(text);
        int index = wanted.isEmpty() ? -1 : innermostHolding(wanted);
        if (index < 0) {
            return page.bodyLine();
        }
        int start = index < page.blockLines().size() ? page.blockLines().get(index) : 0;
        return start <= 0 ? page.bodyLine() : lineWithin(start, wanted);
    }

    /** The index of the deepest block whose text holds {@code wanted}, or -1. */
    private int innermostHolding(String wanted) {
        int found = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Element block = blocks.get(i);
            if (found >= 0 && !block.parents().contains(blocks.get(found))) {
                break;
            }
            if ((" " + plain(block.text()) + " ").contains(" " + wanted + " ")) {
                found = i;
            }
        }
        return found;
    }

    /**
     * Among the kept lines from {@code start} to the next blank one, the first holding the first six, four, two
     * or one of the words of {@code wanted}; {@code start} if none does.
     */
    private int lineWithin(int start, String wanted) {
        List<String> lines = page.lines();
        List<Integer> own = page.keptLines().stream().filter(number -> number >= start).toList();
        int end = own.size();
        for (int i = 0; i < own.size(); i++) {
            if (i > 0 && (own.get(i) != own.get(i - 1) + 1 || lines.get(own.get(i) - 1).isBlank())) {
                end = i;
                break;
            }
        }
        List<String> words = List.of(wanted.split(" "));
        for (int take = Math.min(6, words.size()); take >= 1; take = take > 2 ? take - 2 : take - 1) {
            String first = String.join(" ", words.subList(0, take));
            for (int number : own.subList(0, end)) {
                if ((" " + plain(lines.get(number - 1)) + " ").contains(" " + first + " ")) {
                    return number;
                }
            }
        }
        return start;
    }

    /** Lowercase letters, digits and single spaces, without Markdown link targets and {attributes}. */
    static String plain(String text) {
        String noTargets = ATTRIBUTES.matcher(LINK_TARGET.matcher(text).replaceAll(" ")).replaceAll(" ");
        String folded = Normalizer.normalize(noTargets, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_A_WORD.matcher(folded).replaceAll(" ").strip();
    }
}
