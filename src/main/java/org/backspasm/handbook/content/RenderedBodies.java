package org.backspasm.handbook.content;

/**
 * The page bodies one run has rendered from Markdown, by the Markdown they were made from, with what the HTML
 * check found, the ids in them and the lines of their blocks. Editions of one language and region have the same
 * bodies (a clinic changes only file names in link targets), so a batch of clinics renders and checks each body once; the preview hands
 * what a rebuild used on to the next ({@link #next}), so an edit renders only the pages it changed.
 */
public final class RenderedBodies {

    private final RunMemory<String, MarkdownRenderer.Rendered> bodies;

    /** Nothing rendered yet. */
    public RenderedBodies() {
        this(new RunMemory<>());
    }

    private RenderedBodies(RunMemory<String, MarkdownRenderer.Rendered> bodies) {
        this.bodies = bodies;
    }

    /** What this run rendered, to start the next with: only what it used, so a long preview does not grow. */
    public RenderedBodies next() {
        return new RenderedBodies(bodies.next());
    }

    /** The body of {@code markdown}, rendered now or earlier in the run; a StackOverflowError is the caller's. */
    MarkdownRenderer.Rendered of(String markdown, MarkdownRenderer renderer) {
        return bodies.get(markdown, renderer::render);
    }
}
