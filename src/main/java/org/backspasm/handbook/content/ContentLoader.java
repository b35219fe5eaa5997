package org.backspasm.handbook.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backspasm.handbook.ProblemList;
import org.backspasm.handbook.model.Clinic;
import org.backspasm.handbook.model.DangerSigns;
import org.backspasm.handbook.model.Region;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Jargon;
import org.backspasm.handbook.model.Waiver;
import org.backspasm.handbook.model.Link;
import org.backspasm.handbook.model.Page;
import org.backspasm.handbook.model.Settings;
import org.backspasm.handbook.model.Step;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads content/ into a {@link Handbook}: settings, every page, the immediate steps and the danger signs. */
public final class ContentLoader {

    /** Marks where the breathing guide goes; the site writer puts the guide there. */
    public static final String BREATHING_GUIDE_SLOT = "<!-- breathing-guide -->";

    private static final Set<String> FRONT_MATTER_KEYS =
            Set.of("title", "summary", "order", "nav_title", "steps", "exceptions");
    /** Content rules a page may be excused from, with a written reason. Dose and card rules have no exceptions. */
    public static final Set<String> WAIVABLE_RULES = Set.of("readability", "sentence-length", "jargon");
    static final String JARGON_FILE = "jargon.yml";
    private static final Set<String> STEP_KEYS = Set.of("section", "card");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_]+)\\s*}}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> REQUIRED_PAGES = List.of(
            Handbook.HOME, Handbook.DANGER_SIGNS, Handbook.FIRST_HOUR, Handbook.PREVENTION, Handbook.SOURCES);

    private final Path contentDir;
    private final String shownDir;
    private final ProblemList problems;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    /** Where this edition's pages are: content/ for the handbook's own language, content/&lt;code&gt;/ else. */
    private Path pagesDir;
    private String shownPagesDir;
    /** The edition's download, known once the clinic (if any) is loaded; pages link to it as {{edition_zip}}. */
    private String editionZip = Handbook.zipFileFor(Optional.empty());

    private ContentLoader(Path contentDir, String shownDir, ProblemList problems) {
        this.contentDir = contentDir;
        this.shownDir = shownDir;
        this.problems = problems;
        this.pagesDir = contentDir;
        this.shownPagesDir = shownDir;
    }

    /**
     * Loads the handbook, or returns empty when it cannot be put together; every reason is in {@code problems}.
     *
     * @param shownDir how {@code contentDir} is named in messages, e.g. {@code content}
     */
    public static Optional<Handbook> load(Path contentDir, String shownDir, Optional<Path> profile,
                                          Optional<String> shownProfile, ProblemList problems) {
        return load(contentDir, shownDir, profile, shownProfile, Optional.empty(), problems);
    }

    /**
     * @param language the edition's language; by default the clinic profile's, else handbook.yml's. Pages of
     *     the handbook's own language live in content/, those of a translation in content/&lt;code&gt;/.
     */
    public static Optional<Handbook> load(Path contentDir, String shownDir, Optional<Path> profile,
                                          Optional<String> shownProfile, Optional<String> language,
                                          ProblemList problems) {
        if (!Files.isDirectory(contentDir)) {
            problems.add(shownDir, 0, "content folder not found");
            return Optional.empty();
        }
        return new ContentLoader(contentDir, shownDir, problems).load(profile, shownProfile, language);
    }

    private Optional<Handbook> load(Optional<Path> profile, Optional<String> shownProfile, Optional<String> language) {
        Map<String, Region> regions = RegionsLoader.load(contentDir, shownDir, problems);
        Optional<Settings> settings = SettingsLoader.load(contentDir, shownDir, regions, problems);
        Optional<ClinicLoader.Edition> edition = profile.flatMap(p ->
                ClinicLoader.load(p, shownProfile.orElse(p.toString()), regions, problems));
        if (settings.isEmpty() || (profile.isPresent() && edition.isEmpty())) {
            return Optional.empty();
        }
        Optional<Clinic> clinic = edition.map(ClinicLoader.Edition::clinic);
        editionZip = Handbook.zipFileFor(clinic);
        settings = settings.map(s -> edition.map(e -> s.forClinic(e.clinic(), e.region(), e.paper())).orElse(s));
        String lang = language.or(() -> edition.flatMap(ClinicLoader.Edition::language))
                .orElse(settings.get().language());
        if (!lang.equals(settings.get().language())) {
            pagesDir = contentDir.resolve(lang);
            shownPagesDir = shownDir + "/" + lang;
            if (!Files.isDirectory(pagesDir)) {
                problems.add(shownPagesDir, 0, "no content in language '" + lang + "': add the folder with its pages");
                return Optional.empty();
            }
            Optional<Settings> translated = LanguageTexts.apply(settings.get(), lang, pagesDir, shownPagesDir,
                    clinic.isPresent(), problems);
            if (translated.isEmpty()) {
                return Optional.empty();
            }
            settings = translated;
        }
        List<PageSource> sources = new ArrayList<>();
        for (Path file : markdownFiles()) {
            readPage(file, settings.get()).ifPresent(sources::add);
        }
        checkOrders(sources);
        List<Jargon> jargon = jargon();
        for (String slug : REQUIRED_PAGES) {
            if (!Files.exists(pagesDir.resolve(slug + ".md"))) {
                problems.add(shownPagesDir + "/" + slug + ".md", 0, "required page is missing");
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        PageSource firstHour = find(sources, Handbook.FIRST_HOUR);
        List<Step> steps = steps(firstHour, settings.get());
        Page numbered = numberSteps(firstHour.page, steps);
        List<Page> pages = sources.stream().map(PageSource::page)
                .map(page -> page.slug().equals(Handbook.FIRST_HOUR) ? numbered : page)
                .sorted(Comparator.comparingInt(Page::order)).toList();
        DangerSigns dangerSigns = dangerSigns(find(sources, Handbook.DANGER_SIGNS));
        return Optional.of(new Handbook(settings.get(), pages, steps, dangerSigns, jargon, clinic));
    }

    private List<Path> markdownFiles() {
        try (Stream<Path> files = Files.list(pagesDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page as read, with what the handbook-wide stages still need from its source. */
    private record PageSource(Page page, YamlFields frontMatter, List<String> lines) {
    }

    private Optional<PageSource> readPage(Path path, Settings settings) {
        String fileName = path.getFileName().toString();
        String file = shownPagesDir + "/" + fileName;
        String slug = fileName.substring(0, fileName.length() - 3);
        if (!SLUG.matcher(slug).matches()) {
            problems.add(file, 0, "page file names use lowercase letters, digits and dashes only, e.g. 'heat-or-cold.md'");
            return Optional.empty();
        }
        Optional<String> read = SourceFile.read(path, file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = read.get().lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(file, 1, "missing front matter: start the file with a '---' line, then title, summary "
                    + "and order, then another '---' line");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(file, 1, "front matter is not closed: add a '---' line after it");
            return Optional.empty();
        }
        Optional<YamlFields> parsed = YamlFields.parse(file, String.join("\n", lines.subList(1, close)), 1, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields front = parsed.get();
        front.allowOnly(FRONT_MATTER_KEYS);
        String title = front.text("title");
        String summary = front.text("summary");
        int order = front.wholeNumber("order", 1, 99_999);
        String navTitle = front.optionalText("nav_title").orElse(title);
        if (front.has("steps") && !slug.equals(Handbook.FIRST_HOUR)) {
            problems.add(file, front.lineOf("steps"), "'steps' belongs in " + Handbook.FIRST_HOUR + ".md only");
        }

        int bodyStart = close + 2;
        String body = substitute(lines.subList(close + 1, lines.size()), bodyStart, file, settings);
        MarkdownRenderer.Rendered rendered = markdown.render(body);
        rendered.rawHtml().forEach(issue -> problems.add(file, bodyStart + issue.lineOffset(), issue.message()));
        List<Link> links = rendered.links().stream()
                .map(l -> new Link(l.target(), l.line() + bodyStart, l.image())).toList();
        Set<String> ids = new LinkedHashSet<>();
        Jsoup.parseBodyFragment(rendered.html()).select("[id]").forEach(e -> ids.add(e.id()));
        Page page = new Page(slug, file, title, navTitle, summary, order, rendered.html(), links, Set.copyOf(ids),
                lines, bodyStart, waivers(front));
        return Optional.of(new PageSource(page, front, lines));
    }

    private List<Waiver> waivers(YamlFields front) {
        if (!front.has("exceptions")) {
            return List.of();
        }
        YamlFields exceptions = front.mapping("exceptions");
        exceptions.allowOnly(WAIVABLE_RULES);
        List<Waiver> waivers = new ArrayList<>();
        for (String rule : exceptions.keys()) {
            String reason = exceptions.text(rule);
            if (WAIVABLE_RULES.contains(rule) && reason.split("\\s+").length < 4) {
                problems.add(exceptions.file(), exceptions.lineOf(rule), "the exception to '" + rule
                        + "' needs a written reason (a sentence saying why this page cannot follow the rule)");
            }
            waivers.add(new Waiver(rule, reason, exceptions.lineOf(rule)));
        }
        return List.copyOf(waivers);
    }

    /** The jargon list: each key a term patients may not know, each value the plain words to use. */
    private List<Jargon> jargon() {
        Optional<YamlFields> parsed = YamlFields.readFile(pagesDir.resolve(JARGON_FILE), shownPagesDir + "/" + JARGON_FILE,
                "jargon list not found; it holds 'term: plain words' lines for the content checks", problems);
        if (parsed.isEmpty()) {
            return List.of();
        }
        YamlFields yaml = parsed.get();
        return yaml.keys().stream()
                .map(term -> new Jargon(term.strip().toLowerCase(java.util.Locale.ROOT), yaml.text(term), yaml.lineOf(term)))
                .toList();
    }

    /** Fills in {{placeholders}} from the settings, line by line so that line numbers stay true. */
    private String substitute(List<String> bodyLines, int firstLine, String file, Settings settings) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bodyLines.size(); i++) {
            String line = bodyLines.get(i);
            if (line.strip().equals("{{breathing_guide}}")) {
                out.append(BREATHING_GUIDE_SLOT).append('\n');
            } else {
                out.append(substituteLine(line, firstLine + i, file, settings)).append('\n');
            }
        }
        return out.toString();
    }

    private String substituteLine(String line, int lineNumber, String file, Settings settings) {
        Region region = settings.region();
        Map<String, String> values = Map.of(
                "emergency_number", region.emergencyNumber(),
                "emergency_link", "[" + region.emergencyNumber() + "](tel:" + Region.dialable(region.emergencyNumber()) + ")",
                "urgent_name", region.urgentName(),
                "urgent_link", region.hasUrgentNumber()
                        ? "[" + region.urgentName() + "](tel:" + Region.dialable(region.urgentNumber()) + ")"
                        : region.urgentName(),
                "edition_zip", editionZip,
                "breathe_in", Integer.toString(settings.breathing().inSeconds()),
                "breathe_out", Integer.toString(settings.breathing().outSeconds()));
        Matcher m = PLACEHOLDER.matcher(line);
        StringBuilder replaced = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.get(name);
            if (value == null) {
                problems.add(file, lineNumber, name.equals("breathing_guide")
                        ? "{{breathing_guide}} must stand alone on its line"
                        : "unknown placeholder {{" + name + "}} (known: "
                                + String.join(", ", values.keySet().stream().sorted().toList())
                                + ", breathing_guide)");
                value = m.group();
            }
            m.appendReplacement(replaced, Matcher.quoteReplacement(value));
        }
        m.appendTail(replaced);
        return replaced.toString();
    }

    private void checkOrders(List<PageSource> sources) {
        Map<Integer, PageSource> byOrder = new HashMap<>();
        for (PageSource source : sources) {
            PageSource earlier = byOrder.putIfAbsent(source.page.order(), source);
            if (earlier != null) {
                problems.add(source.page.source(), source.frontMatter.lineOf("order"), "order "
                        + source.page.order() + " is already used by " + earlier.page.source()
                        + "; each page needs its own number");
            }
        }
    }

    private static PageSource find(List<PageSource> sources, String slug) {
        return sources.stream().filter(s -> s.page.slug().equals(slug)).findFirst().orElseThrow();
    }

    private List<Step> steps(PageSource firstHour, Settings settings) {
        Page page = firstHour.page;
        YamlFields front = firstHour.frontMatter;
        List<YamlFields> entries = front.listOfMappings("steps");
        if (entries.isEmpty()) {
            problems.add(page.source(), front.lineOf("steps"), "'steps' must list the immediate steps, each with "
                    + "'section' (a heading id in this page) and 'card' (its line on the emergency card)");
            return List.of();
        }
        Document body = Jsoup.parseBodyFragment(page.html());
        List<Step> steps = new ArrayList<>();
        for (YamlFields entry : entries) {
            entry.allowOnly(STEP_KEYS);
            String section = entry.text("section");
            String card = substituteLine(entry.text("card"), entry.lineOf("card"), page.source(), settings);
            Element heading = body.getElementById(section);
            if (heading == null || !heading.tagName().matches("h[1-6]")) {
                if (!section.isEmpty()) {
                    problems.add(page.source(), entry.lineOf("section"), "step section '" + section
                            + "' is not a heading id in this page; write the heading as '## Heading {#"
                            + section + "}'");
                }
                continue;
            }
            steps.add(new Step(section, heading.text(), card, entry.line()));
        }
        return List.copyOf(steps);
    }

    /**
     * The handbook-wide settings as handbook.yml has them, before any clinic or translation: its own language
     * and its translations. Problems are left to the full load, which reports them.
     */
    public static Optional<Settings> baseSettings(Path contentDir) {
        return SettingsLoader.load(contentDir, "content", RegionsLoader.load(contentDir, "content", new ProblemList()),
                new ProblemList());
    }

    /** Puts "Step 1", "Step 2"… before each step's heading, so the page reads as the numbered list it is. */
    private static Page numberSteps(Page page, List<Step> steps) {
        Document body = Jsoup.parseBodyFragment(page.html());
        body.outputSettings().prettyPrint(false);
        for (int i = 0; i < steps.size(); i++) {
            Element heading = body.getElementById(steps.get(i).section());
            heading.addClass("step").prependElement("span").addClass("step-number").text("Step " + (i + 1));
        }
        return new Page(page.slug(), page.source(), page.title(), page.navTitle(), page.summary(), page.order(),
                body.body().html(), page.links(), page.ids(), page.lines(), page.bodyLine(), page.waivers());
    }

    private DangerSigns dangerSigns(PageSource source) {
        Document body = Jsoup.parseBodyFragment(source.page.html());
        return new DangerSigns(
                tier(source, body, "call-now"),
                tier(source, body, "see-doctor-today"),
                tier(source, body, "book-appointment"));
    }

    /** A tier is a heading with a fixed id followed directly by one bullet list. */
    private DangerSigns.Tier tier(PageSource source, Document body, String id) {
        int line = lineMentioning(source.lines, "#" + id);
        Element heading = body.getElementById(id);
        if (heading == null || !heading.tagName().matches("h[1-6]")) {
            problems.add(source.page.source(), 0, "missing the danger-sign heading with id '" + id
                    + "'; write it as '## Heading {#" + id + "}' followed by a bullet list");
            return new DangerSigns.Tier(id, "", List.of(), 0);
        }
        Element list = heading.nextElementSibling();
        if (list == null || !list.tagName().equals("ul") || list.children().isEmpty()) {
            problems.add(source.page.source(), line, "the heading '" + heading.text()
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

    private static int lineMentioning(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }
}
