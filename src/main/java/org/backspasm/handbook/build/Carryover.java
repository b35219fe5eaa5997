package org.backspasm.handbook.build;

import org.backspasm.handbook.check.PageFindings;
import org.backspasm.handbook.check.TranslationChecker;
import org.backspasm.handbook.content.ReadMemory;
import org.backspasm.handbook.content.RenderedBodies;

/**
 * What one run may take from the run before it in the same process: what it made of each content file, the page
 * bodies it rendered, what the page rules found and what comparing each page with its translation found, each by
 * exactly what it was made from, so nothing stale can come back. A command starts with {@link #none}; the preview
 * passes {@link #next} from rebuild to rebuild, so an edit parses, renders and checks again only the pages it
 * changed.
 */
public record Carryover(ReadMemory reads, RenderedBodies bodies, PageFindings findings,
                        TranslationChecker.Memory translations) {

    /** Nothing from before: a run of its own. */
    public static Carryover none() {
        return new Carryover(new ReadMemory(), new RenderedBodies(), new PageFindings(), new TranslationChecker.Memory());
    }

    /** What this run used, for the next one; what it did not use is let go. */
    public Carryover next() {
        return new Carryover(reads.next(), bodies.next(), findings.next(), translations.next());
    }
}
