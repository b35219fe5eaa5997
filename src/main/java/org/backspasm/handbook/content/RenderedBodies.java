package org.backspasm.handbook.content;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    private final Map<String, Body> earlier;
    private final Map<String, Body> bodies = new ConcurrentHashMap<>();

    /** Nothing rendered yet. */
    public RenderedBodies() {
        this(Map.of());
    }

    private RenderedBodies(Map<String, Body> earlier) {
        this.earlier = earlier;
    }

    /** What this run rendered, to start the next with: only what it used, so a long preview does not grow. */
    public RenderedBodies next() {
        return new RenderedBodies(Map.copyOf(bodies));
    }

    /** The body of {@code markdown}, rendered now or earlier in the run; a StackOverflowError is the caller's. */
    Body of(String markdown, MarkdownRenderer renderer) {
        Body known = bodies.containsKey(markdown) ? bodies.get(markdown) : earlier.get(markdown);
        if (known != null) {
            bodies.put(markdown, known);
            return known;
        }
        MarkdownRenderer.Rendered rendered = renderer.render(markdown);
        List<String> ids = Jsoup.parseBodyFragment(rendered.html()).select("[id]").stream().map(Element::id).toList();
        Body body = new Body(rendered, PageHtml.check(rendered.html()), ids);
        bodies.put(markdown, body);
        return body;
    }
}
