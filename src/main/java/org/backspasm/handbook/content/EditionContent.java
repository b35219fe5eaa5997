package org.backspasm.handbook.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Content;
import org.backspasm.handbook.model.DangerSigns;
import org.backspasm.handbook.model.Edition;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.LanguageContent;
import org.backspasm.handbook.model.Figure;
import org.backspasm.handbook.model.Link;
import org.backspasm.handbook.model.Page;
import org.backspasm.handbook.model.Region;
import org.backspasm.handbook.model.Settings;
import org.backspasm.handbook.model.SourcePage;
import org.backspasm.handbook.model.Step;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes one edition's handbook from the content read once: keeps the region blocks of the edition's region,
 * fills in the placeholders with its numbers and words, and renders the Markdown.
 */
public final class EditionContent {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_]+)\\s*}}");
    /** Ids the templates give the frame around a page: the skip link's target, the breathing guide's switch… */
    static final List<String> TEMPLATE_IDS = List.of("main", "breathe-toggle", "emergency-heading", "steps-heading",
            "topics-heading", "contact-heading", "contents-heading");

    private final Edition edition;
    private final Map<String, String> values;
    private final ProblemList problems;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final RenderedBodies bodies;

    private EditionContent(Edition edition, org.backspasm.handbook.model.Breathing breathing, RenderedBodies bodies,
                           ProblemList problems) {
        this.edition = edition;
        this.problems = problems;
        this.bodies = bodies;
        this.values = values(edition, breathing);
    }

    /** The edition's handbook, or empty when its pages have problems (each one in {@code problems}). */
    public static Optional<Handbook> resolve(Content content, Edition edition, ProblemList problems) {
        return resolve(content, edition, new RenderedBodies(), problems);
    }

    /**
     * The same, with the bodies this run has already rendered: a batch passes one {@link RenderedBodies} to every
     * edition.
     */
    public static Optional<Handbook> resolve(Content content, Edition edition, RenderedBodies bodies,
                                             ProblemList problems) {
        LanguageContent language = content.languages().get(edition.language());
        if (language == null) {
            return Optional.empty();
        }
        ProblemList own = new ProblemList();
        EditionContent resolver = new EditionContent(edition, language.settings().breathing(), bodies, own);
        Settings settings = language.settings().forRegion(edition.region(), edition.paper());
        settings = edition.clinic().map(settings::forClinic).orElse(settings);
        // The pages are rendered side by side, each with its own list; the problems are then listed in page order.
        List<Resolved> resolved = language.pages().parallelStream().map(source -> {
            ProblemList found = new ProblemList();
            return new Resolved(new EditionContent(edition, language.settings().breathing(), bodies, found)
                    .page(source), found);
        }).toList();
        resolved.forEach(r -> own.addAll(r.problems()));
        List<Page> pages = resolved.stream().map(Resolved::page).toList();
        Optional<Handbook> handbook = Optional.empty();
        if (own.isEmpty()) {
            SourcePage firstHourSource = language.page(Handbook.FIRST_HOUR).orElseThrow();
            Page firstHour = pages.stream().filter(p -> p.slug().equals(Handbook.FIRST_HOUR)).findFirst().orElseThrow();
            List<Step> steps = resolver.steps(firstHourSource, firstHour);
            Page numbered = numberSteps(firstHour, steps);
            List<Page> numberedPages = pages.stream().map(p -> p == firstHour ? numbered : p).toList();
            DangerSigns signs = resolver.dangerSigns(numberedPages.stream()
                    .filter(p -> p.slug().equals(Handbook.DANGER_SIGNS)).findFirst().orElseThrow());
            handbook = Optional.of(new Handbook(settings, numberedPages, steps, signs, language.jargon(), edition));
        }
        problems.addAll(own);
        return own.isEmpty() ? handbook : Optional.empty();
    }

    /** One page of the edition, and what was wrong with it. */
    private record Resolved(Page page, ProblemList problems) {
    }

    /** What each placeholder stands for in this edition. */
    private static Map<String, String> values(Edition edition, org.backspasm.handbook.model.Breathing breathing) {
        Region region = edition.region();
        Map<String, String> values = new TreeMap<>(region.terms());
        String emergencyLink = region.emergency();
        for (String number : region.emergencyNumbers()) {
            emergencyLink = emergencyLink.replaceFirst("(?<![0-9\\[])" + Pattern.quote(number) + "(?![0-9\\]])",
                    Matcher.quoteReplacement("[" + number + "](tel:" + Region.dialable(number) + ")"));
        }
        values.put("emergency_number", region.emergency());
        values.put("emergency_link", emergencyLink);
        values.put("urgent_name", region.urgentName());
        values.put("urgent_link", region.urgentNumber()
                .map(number -> "[" + region.urgentName() + "](tel:" + Region.dialable(number) + ")")
                .orElse(region.urgentName()));
        values.put("region_name", region.name());
        values.put("edition_zip", edition.zipLink());
        values.put("card_file", edition.cardFile());
        values.put("plan_file", edition.planFile());
        values.put("large_print_file", edition.largePrintFile());
        values.put("breathe_in", Integer.toString(breathing.inSeconds()));
        values.put("breathe_out", Integer.toString(breathing.outSeconds()));
        return java.util.Collections.unmodifiableMap(values);
    }

    private Page page(SourcePage source) {
        List<Integer> kept = RegionBlocks.kept(source.lines(), source.bodyLine(), edition.region().code());
        StringBuilder body = new StringBuilder();
        for (int line : kept) {
            String text = source.lines().get(line - 1);
            if (text.strip().equals("{{breathing_guide}}")) {
                body.append(Handbook.BREATHING_GUIDE_SLOT).append('\n');
            } else {
                body.append(substitute(text, line, source.source())).append('\n');
            }
        }
        MarkdownRenderer.Rendered rendered;
        try {
            rendered = bodies.of(body.toString(), markdown);
        } catch (StackOverflowError e) {
            problems.add(source.source(), source.bodyLine(), "this page nests too deeply (quotes, lists or emphasis "
                    + "inside each other hundreds of times); make it flatter");
            rendered = MarkdownRenderer.Rendered.nothing();
        }
        rendered.issues().forEach(issue -> problems.add(source.source(), lineNear(source, kept, issue.near()),
                issue.message()));
        List<Link> links = rendered.links().stream()
                .map(l -> new Link(l.target(), lineAt(kept, l.line()), l.image())).toList();
        Set<String> ids = new LinkedHashSet<>();
        for (String id : rendered.ids()) {
            // Ids written in braces are placed by the parser; one in HTML written into the page is looked for.
            if (TEMPLATE_IDS.contains(id)) {
                int line = rendered.idLines().containsKey(id) ? lineAt(kept, rendered.idLines().get(id))
                        : lineNear(source, kept, "#" + id);
                problems.add(source.source(), line, "the id '" + id
                        + "' is taken by the page's frame (" + String.join(", ", TEMPLATE_IDS) + "); choose another");
            } else if (!ids.add(id)) {
                int line = rendered.repeatedIdLines().containsKey(id) ? lineAt(kept, rendered.repeatedIdLines().get(id))
                        : lastLineNear(source, kept, "#" + id);
                problems.add(source.source(), line, "the id '"
                        + id + "' is used twice in this page; each heading needs its own");
            }
        }
        String title = field(source, "title", source.title());
        return new Page(source.slug(), source.source(), title,
                source.fieldLines().containsKey("nav_title") ? field(source, "nav_title", source.navTitle()) : title,
                field(source, "summary", source.summary()), source.order(), rendered.html(), links,
                rendered.figures().stream().map(f -> new Figure(f.file(), f.alt(), f.caption(), f.section(),
                        lineAt(kept, f.line()))).toList(), Set.copyOf(ids), idLines(rendered, kept),
                source.lines(), source.bodyLine(), kept,
                rendered.blockLines().stream().map(offset -> offset < 0 ? 0 : lineAt(kept, offset)).toList(),
                source.waivers());
    }

    /** The first kept line that holds {@code near} (case aside), or the body's first line. */
    private static int lineNear(SourcePage source, List<Integer> kept, String near) {
        String wanted = near.toLowerCase(Locale.ROOT);
        for (int line : kept) {
            if (source.lines().get(line - 1).toLowerCase(Locale.ROOT).contains(wanted)) {
                return line;
            }
        }
        return kept.isEmpty() ? source.bodyLine() : kept.get(0);
    }

    private static int lastLineNear(SourcePage source, List<Integer> kept, String near) {
        String wanted = near.toLowerCase(Locale.ROOT);
        int found = lineNear(source, kept, near);
        for (int line : kept) {
            if (source.lines().get(line - 1).toLowerCase(Locale.ROOT).contains(wanted)) {
                found = line;
            }
        }
        return found;
    }

    private static int lineAt(List<Integer> kept, int offset) {
        return offset >= 0 && offset < kept.size() ? kept.get(offset) : kept.isEmpty() ? 0 : kept.get(kept.size() - 1);
    }

    private String field(SourcePage source, String key, String value) {
        return substitute(value, source.fieldLines().getOrDefault(key, 0), source.source());
    }

    /** Fills in {{placeholders}}; one written with a capital first letter gives its value with one too. */
    private String substitute(String line, int lineNumber, String file) {
        Matcher m = PLACEHOLDER.matcher(line);
        StringBuilder replaced = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String lower = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
            String value = values.get(lower);
            if (value != null && !name.equals(lower)) {
                value = value.substring(0, 1).toUpperCase(Locale.forLanguageTag(edition.language())) + value.substring(1);
            }
            if (value == null) {
                problems.add(file, lineNumber, name.equals("breathing_guide")
                        ? "{{breathing_guide}} must stand alone on its line"
                        : "unknown placeholder {{" + name + "}} (known: " + String.join(", ", values.keySet())
                                + ", breathing_guide)");
                value = "";
            }
            m.appendReplacement(replaced, Matcher.quoteReplacement(value));
        }
        m.appendTail(replaced);
        return replaced.toString();
    }

    private List<Step> steps(SourcePage source, Page page) {
        Document body = Jsoup.parseBodyFragment(page.html());
        List<Step> steps = new ArrayList<>();
        for (SourcePage.StepSource entry : source.steps()) {
            String card = substitute(entry.card(), entry.cardLine(), page.source());
            Element heading = body.getElementById(entry.section());
            if (heading == null || !heading.tagName().matches("h[1-6]")) {
                if (!entry.section().isEmpty()) {
                    problems.add(page.source(), entry.sectionLine(), "step section '" + entry.section()
                            + "' is not a heading id in this page; write the heading as '## Heading {#"
                            + entry.section() + "}'");
                }
                continue;
            }
            steps.add(new Step(entry.section(), heading.text(), card, entry.line()));
        }
        return List.copyOf(steps);
    }

    /** Puts "Step 1", "Step 2"… (the word in the edition's language) before each step's heading, so the page reads as the numbered list it is. */
    private static Page numberSteps(Page page, List<Step> steps) {
        Document body = Jsoup.parseBodyFragment(page.html());
        body.outputSettings().prettyPrint(false);
        for (int i = 0; i < steps.size(); i++) {
            Element heading = body.getElementById(steps.get(i).section());
            // A space after the label keeps "Step 1" and the heading apart where no style sheet sets them apart.
            heading.addClass("step").prependElement("span").addClass("step-number")
                    .append(Handbook.STEP_LABEL_SLOT + " " + (i + 1)).after(" ");
        }
        return new Page(page.slug(), page.source(), page.title(), page.navTitle(), page.summary(), page.order(),
                body.body().html(), page.links(), page.figures(), page.ids(), page.idLines(), page.lines(), page.bodyLine(), page.keptLines(),
                page.blockLines(), page.waivers());
    }

    private DangerSigns dangerSigns(Page page) {
        Document body = Jsoup.parseBodyFragment(page.html());
        return new DangerSigns(tier(page, body, "call-now"), tier(page, body, "see-doctor-today"),
                tier(page, body, "book-appointment"));
    }

    /** A tier is a heading with a fixed id followed directly by one bullet list. */
    private DangerSigns.Tier tier(Page page, Document body, String id) {
        int line = page.idLines().getOrDefault(id, 0);
        Element heading = body.getElementById(id);
        if (heading == null || !heading.tagName().matches("h[1-6]")) {
            problems.add(page.source(), 0, "missing the danger-sign heading with id '" + id
                    + "'; write it as '## Heading {#" + id + "}' followed by a bullet list");
            return new DangerSigns.Tier(id, "", List.of(), 0);
        }
        Element list = heading.nextElementSibling();
        if (list == null || !list.tagName().equals("ul") || list.children().isEmpty()) {
            problems.add(page.source(), line, "the heading '" + heading.text()
                    + "' must be followed directly by a bullet list of danger signs");
            return new DangerSigns.Tier(id, heading.text(), List.of(), line);
        }
        List<String> signs = list.children().stream().map(li -> {
            Element copy = li.clone();
            copy.select("a").unwrap();
            return copy.html();
        }).toList();
        return new DangerSigns.Tier(id, heading.text(), signs, line);
    }

    /** Each id's line in the page's file: the parser's body offsets, through the lines this edition keeps. */
    private static Map<String, Integer> idLines(MarkdownRenderer.Rendered rendered, List<Integer> kept) {
        Map<String, Integer> lines = new java.util.LinkedHashMap<>();
        rendered.idLines().forEach((id, offset) -> lines.put(id, lineAt(kept, offset)));
        return java.util.Collections.unmodifiableMap(lines);
    }
}
