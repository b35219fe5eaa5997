package org.backspasm.handbook.build;

import org.backspasm.handbook.check.PageFindings;
import org.backspasm.handbook.content.RenderedBodies;

/**
 * What one run may take from the run before it in the same process: the page bodies it rendered and what the
 * page rules found, each by exactly what it was made from, so nothing stale can come back. A command starts
 * with {@link #none}; the preview passes {@link #next} from rebuild to rebuild, so an edit renders and checks
 * again only the pages it changed.
 */
public record Carryover(RenderedBodies bodies, PageFindings findings) {

    /** Nothing from before: a run of its own. */
    public static Carryover none() {
        return new Carryover(new RenderedBodies(), new PageFindings());
    }

    /** What this run used, for the next one; what it did not use is let go. */
    public Carryover next() {
        return new Carryover(bodies.next(), findings.next());
    }
}
