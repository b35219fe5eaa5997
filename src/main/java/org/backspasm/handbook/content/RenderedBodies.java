package org.backspasm.handbook.content;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The page bodies one run has rendered from Markdown, by the Markdown they were made from, with what the HTML
 * check found and the ids in them. Editions of one language and region have the same bodies (a clinic changes
 * only file names in link targets), so a batch of clinics renders and checks each body once; the preview hands
 * what a rebuild used on to the next ({@link #next}), so an edit renders only the pages it changed.
 */
public final class RenderedBodies {

    /** A rendered body: its HTML with links and figures, what the allow-list refused, and each id in order. */
    record Body(MarkdownRenderer.Rendered rendered, List<PageHtml.Issue> issues, List<String> ids) {
    }

    private final RunMemory<String, Body> bodies;

    /** Nothing rendered yet. */
    public RenderedBodies() {
        this(new RunMemory<>());
    }

    private RenderedBodies(RunMemory<String, Body> bodies) {
        this.bodies = bodies;
    }

    /** What this run rendered, to start the next with: only what it used, so a long preview does not grow. */
    public RenderedBodies next() {
        return new RenderedBodies(bodies.next());
    }

    /** The body of {@code markdown}, rendered now or earlier in the run; a StackOverflowError is the caller's. */
    Body of(String markdown, MarkdownRenderer renderer) {
        return bodies.get(markdown, text -> {
            MarkdownRenderer.Rendered rendered = renderer.render(text);
            List<String> ids = Jsoup.parseBodyFragment(rendered.html()).select("[id]").stream().map(Element::id)
                    .toList();
            return new Body(rendered, PageHtml.check(rendered.html()), ids);
        });
    }
}
