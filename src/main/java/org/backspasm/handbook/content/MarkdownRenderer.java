package org.backspasm.handbook.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.backspasm.handbook.model.Page;

/** Markdown to HTML with Flexmark: tables, heading ids, {#id .class} attributes, real typographic quotes. */
final class MarkdownRenderer {

    /**
     * What Flexmark made of one page body, with every link and image (inline, by reference, or an autolink).
     * Lines count from the first line of the body (0), each from the parser's own node positions: a link's or an
     * image's where it starts; each id written in braces ({@code {#call-now}}) on the line the braces are on, each
     * heading's made-up id on the heading's line, and where an id is written in braces a second time, that line
     * ({@code repeatedIdLines}); and each block of the HTML ({@link Page#BLOCKS}, in document
     * order) on the line its paragraph, list item, heading or table cell starts, or -1 where the parser made no
     * such node (HTML written into the page).
     */
    record Rendered(String html, List<org.backspasm.handbook.model.Link> links,
                    List<org.backspasm.handbook.model.Figure> figures, Map<String, Integer> idLines,
                    Map<String, Integer> repeatedIdLines, List<String> ids, List<Integer> blockLines,
                    List<PageHtml.Issue> issues) {

        /** Nothing: what a page that could not be read renders to. */
        static Rendered nothing() {
            return new Rendered("", List.of(), List.of(), Map.of(), Map.of(), List.of(), List.of(), List.of());
        }
    }

    /**
     * The attribute the renderer puts on each block for a moment, holding the offset its node starts at; it is read
     * and taken off before the HTML leaves this class.
     */
    private static final String OFFSET = "data-handbook-offset";

    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), AttributesExtension.create(), TypographicExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(TablesExtension.CLASS_NAME, "table");
        // Real characters instead of entities, so text extracted from the site and the PDFs reads the same.
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C");
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D");
        options.set(TypographicExtension.DOUBLE_QUOTE_UNMATCHED, "\u201D");
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018");
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019");
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
        options.set(TypographicExtension.ANGLE_QUOTE_OPEN, "\u00AB");
        options.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "\u00BB");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).linkResolverFactory(new PageLinkResolver.Factory())
                .attributeProviderFactory(new BlockOffsets.Factory()).build();
    }

    Rendered render(String markdown) {
        com.vladsch.flexmark.util.ast.Document document = parser.parse(markdown);
        List<org.backspasm.handbook.model.Link> links = new ArrayList<>();
        List<Integer> figureLines = new ArrayList<>();
        LineStarts lines = new LineStarts(markdown);
        new NodeVisitor(
                new VisitHandler<>(Link.class, link -> links.add(linkOf(lines, link, link.getUrl().unescape(), false))),
                new VisitHandler<>(Image.class, image -> {
                    links.add(linkOf(lines, image, image.getUrl().unescape(), true));
                    if (isFigure(image)) {
                        figureLines.add(lines.lineOf(image.getStartOffset()));
                    }
                }),
                new VisitHandler<>(LinkRef.class, ref -> reference(lines, ref, ref.getReferenceNode(document), false, links)),
                new VisitHandler<>(ImageRef.class, ref -> reference(lines, ref, ref.getReferenceNode(document), true, links)),
                new VisitHandler<>(AutoLink.class, link -> links.add(linkOf(lines, link, link.getUrl().unescape(), false))),
                new VisitHandler<>(MailLink.class, link -> links.add(linkOf(lines, link, "mailto:" + link.getText().unescape(),
                        false)))
        ).visit(document);
        // One jsoup tree of the body: figures and tables are made in it, the blocks' lines, the ids and the
        // allow-list's problems are read from it.
        String written = realCharacters(renderer.render(document));
        Document body = Jsoup.parseBodyFragment(written);
        body.outputSettings().prettyPrint(false);
        List<org.backspasm.handbook.model.Figure> figures = new ArrayList<>();
        figures(body, figureLines, figures);
        scrollableTables(body);
        List<Integer> blockLines = new ArrayList<>();
        for (Element block : body.body().select(Page.BLOCKS)) {
            Element marked = block.hasAttr(OFFSET) ? block : block.parents().stream().filter(p -> p.hasAttr(OFFSET))
                    .findFirst().orElse(null);
            blockLines.add(marked == null ? -1 : offsetLine(lines, marked.attr(OFFSET)));
        }
        body.body().select("[" + OFFSET + "]").removeAttr(OFFSET);
        List<PageHtml.Issue> issues = PageHtml.check(written, body.body());
        List<String> ids = body.body().select("[id]").stream().map(Element::id).toList();
        // Where each id is written, from the parser's own positions; headings get their ids while rendering.
        Map<String, Integer> idLines = new LinkedHashMap<>();
        Map<String, Integer> repeatedIdLines = new LinkedHashMap<>();
        new NodeVisitor(new VisitHandler<>(AttributeNode.class, attribute -> {
            if (attribute.isId()) {
                String id = attribute.getValue().toString();
                int line = lines.lineOf(attribute.getStartOffset());
                if (idLines.putIfAbsent(id, line) != null) {
                    repeatedIdLines.putIfAbsent(id, line);
                }
            }
        })).visit(document);
        new NodeVisitor(new VisitHandler<>(Heading.class, heading -> {
            if (heading.getAnchorRefId() != null && !heading.getAnchorRefId().isEmpty()) {
                idLines.putIfAbsent(heading.getAnchorRefId(), lines.lineOf(heading.getStartOffset()));
            }
        })).visit(document);
        return new Rendered(body.body().html(), List.copyOf(links), List.copyOf(figures),
                java.util.Collections.unmodifiableMap(idLines), java.util.Collections.unmodifiableMap(repeatedIdLines),
                ids, List.copyOf(blockLines), List.copyOf(issues));
    }

    /** The line of an offset the renderer wrote, or -1 for anything else (the attribute typed into the page). */
    private static int offsetLine(LineStarts lines, String offset) {
        return offset.matches("[0-9]{1,9}") ? lines.lineOf(Integer.parseInt(offset)) : -1;
    }

    /** Marks each paragraph, list item, heading and table cell with the offset its node starts at. */
    private static final class BlockOffsets implements AttributeProvider {
        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            boolean block = node instanceof com.vladsch.flexmark.ast.Paragraph || node instanceof ListItem
                    || node instanceof Heading || node instanceof TableCell;
            // A list item is rendered as the part "tight" or "loose" list item, not as the node itself.
            boolean whole = part == AttributablePart.NODE || part == CoreNodeRenderer.TIGHT_LIST_ITEM
                    || part == CoreNodeRenderer.LOOSE_LIST_ITEM;
            if (block && whole) {
                attributes.replaceValue(OFFSET, Integer.toString(node.getStartOffset()));
            }
        }

        static final class Factory extends IndependentAttributeProviderFactory {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new BlockOffsets();
            }
        }
    }

    /** An image alone in its paragraph (with other images, or line breaks) is a figure, not a picture in a sentence. */
    private static boolean isFigure(Image image) {
        if (!(image.getParent() instanceof com.vladsch.flexmark.ast.Paragraph paragraph)) {
            return false;
        }
        for (Node child : paragraph.getChildren()) {
            boolean blank = child instanceof com.vladsch.flexmark.ast.Text text && text.getChars().isBlank();
            if (!(child instanceof Image) && !(child instanceof com.vladsch.flexmark.ast.SoftLineBreak)
                    && !(child instanceof com.vladsch.flexmark.ast.HardLineBreak) && !blank) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each paragraph of images alone becomes figures: the image with its title as the caption under it, several
     * side by side in a {@code div.figures}. Each figure is recorded with the heading it stands under.
     */
    private static void figures(Document body, List<Integer> lines, List<org.backspasm.handbook.model.Figure> figures) {
        if (lines.isEmpty()) {
            return;
        }
        String section = "";
        int index = 0;
        for (Element element : body.body().select("h1, h2, h3, h4, h5, h6, p")) {
            if (!element.normalName().equals("p")) {
                section = element.id();
                continue;
            }
            List<Element> images = element.children().stream().filter(c -> !c.normalName().equals("br")).toList();
            boolean onlyImages = !images.isEmpty() && images.stream().allMatch(c -> c.normalName().equals("img"))
                    && element.ownText().isBlank();
            if (!onlyImages) {
                continue;
            }
            Element group = images.size() > 1 ? new Element("div").addClass("figures") : null;
            List<Element> made = new ArrayList<>();
            for (Element image : images) {
                String caption = image.attr("title").strip();
                image.removeAttr("title");
                Element figure = new Element("figure").addClass("figure");
                figure.appendChild(image.clone());
                if (!caption.isEmpty()) {
                    figure.appendElement("figcaption").text(caption);
                }
                made.add(figure);
                int line = index < lines.size() ? lines.get(index) : 0;
                index++;
                figures.add(new org.backspasm.handbook.model.Figure(image.attr("src"), image.attr("alt").strip(),
                        caption, section, line));
            }
            if (group != null) {
                made.forEach(group::appendChild);
                element.replaceWith(group);
            } else {
                element.replaceWith(made.get(0));
            }
        }
    }

    /** A link or image by reference, [text][id], checked like any other: by the address its definition gives. */
    private static void reference(LineStarts lines, Node node, Reference reference, boolean image,
                                  List<org.backspasm.handbook.model.Link> links) {
        if (reference != null) {
            links.add(linkOf(lines, node, reference.getUrl().unescape(), image));
        }
    }

    /**
     * Where each line of the text starts, so that a node's line is a binary search away: Flexmark's own
     * lookup counts from the start of the text for every node, which is quadratic in a page of many links.
     */
    private static final class LineStarts {
        private final int[] starts;

        LineStarts(String text) {
            List<Integer> found = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The 0-based line of a character offset. */
        int lineOf(int offset) {
            int found = java.util.Arrays.binarySearch(starts, offset);
            return found >= 0 ? found : -found - 2;
        }
    }

    /**
     * Flexmark's typographic extension writes dashes and ellipses as entities whatever the options say; the
     * same characters written out read the same in the site, in extracted PDF text and in the checks.
     */
    private static String realCharacters(String html) {
        return html.replace("&ndash;", "\u2013").replace("&mdash;", "\u2014").replace("&hellip;", "\u2026");
    }

    /**
     * A wide table scrolls inside its own box on a phone instead of the whole page; the box is focusable and
     * named after the heading above it, so keyboard users can scroll it too.
     */
    private static void scrollableTables(Document body) {
        for (Element table : body.select("table")) {
            Element heading = table.previousElementSiblings().select("h1, h2, h3, h4").first();
            String label = heading == null ? "Table" : heading.text();
            table.wrap("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"></div>");
            table.parent().attr("aria-label", label);
        }
    }

    private static org.backspasm.handbook.model.Link linkOf(LineStarts lines, Node node, String url, boolean image) {
        return new org.backspasm.handbook.model.Link(url, lines.lineOf(node.getStartOffset()), image);
    }

    /** Rewrites links between pages from {@code page.md} to {@code page.html} while rendering. */
    private static final class PageLinkResolver implements LinkResolver {

        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            if (link.getLinkType() != LinkType.LINK) {
                return link;
            }
            String rewritten = Links.toHtmlTarget(link.getUrl());
            return rewritten.equals(link.getUrl()) ? link : link.withStatus(LinkStatus.VALID).withUrl(rewritten);
        }

        static final class Factory extends IndependentLinkResolverFactory {
            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return new PageLinkResolver();
            }
        }
    }
}
