package org.backspasm.handbook.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Regions;
import org.backspasm.handbook.model.SourcePage;
import org.backspasm.handbook.model.Waiver;
import org.backspasm.handbook.problem.ProblemList;

/**
 * Reads one page of content/: a Markdown file with its front matter (title, summary, order, steps,
 * exceptions), each mistake a problem at its line.
 */
final class PageReader {

    private static final Set<String> FRONT_MATTER_KEYS =
            Set.of("title", "summary", "order", "nav_title", "steps", "exceptions", "translates");
    /** Content rules a page may be excused from, with a written reason. Dose and card rules have no exceptions. */
    static final Set<String> WAIVABLE_RULES = Set.of("readability", "sentence-length", "jargon", "region-words",
            "figures");
    /** Under exceptions, the sections excused from showing a picture. */
    static final String FIGURES_EXCEPTION = "figures";
    private static final Set<String> STEP_KEYS = Set.of("section", "card");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Far beyond any real page; the Markdown reader slows down sharply on more. */
    static final int MAX_PAGE_CHARS = 1_000_000;
    /** The order of a page whose 'order' could not be read (already a problem). */
    static final int UNREAD_ORDER = -1;
    static final int MAX_BLOCK_CHARS = 300_000;

    private final ProblemList problems;
    private final Regions regions;
    /** The content folder: every page, of every language, must really lie inside it. */
    private final Path contentDir;
    /** What earlier reads made of each page's text, by the file's name, its text and the regions. */
    private final ReadMemory memory;

    PageReader(Path contentDir, Regions regions, ProblemList problems, ReadMemory memory) {
        this.contentDir = contentDir;
        this.regions = regions;
        this.problems = problems;
        this.memory = memory;
    }

    /** One page file: its name, size and paragraphs within limits, its front matter, steps and exceptions. */
    Optional<SourcePage> read(Path path, String shownDir) {
        String fileName = path.getFileName().toString();
        String file = shownDir + "/" + fileName;
        String slug = fileName.substring(0, fileName.length() - 3);
        if (!SLUG.matcher(slug).matches()) {
            problems.add(file, 0, "page file names use lowercase letters, digits and dashes only, e.g. 'heat-or-cold.md'");
            return Optional.empty();
        }
        if (!ImageFiles.isInside(path, contentDir)) {
            problems.add(file, 0, "this page is a symbolic link that leads out of its folder; copy the page here instead");
            return Optional.empty();
        }
        Optional<String> read = SourceFile.read(path, file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        // The rest depends only on the file's name, its text and the regions: a page the preview read before, with
        // the same text, comes out as it did, problems and all.
        ReadMemory.PageRead page = memory.pages.get(new ReadMemory.PageKey(file, read.get(), regions), key -> {
            ProblemList found = new ProblemList();
            Optional<SourcePage> made = new PageReader(contentDir, regions, found, memory).fromText(file, slug,
                    key.text());
            return new ReadMemory.PageRead(made, found);
        });
        problems.addAll(page.problems());
        return page.page();
    }

    /** The page a file of this name and text makes: its paragraphs within limits, front matter, steps, exceptions. */
    private Optional<SourcePage> fromText(String file, String slug, String text) {
        Optional<String> read = Optional.of(text);
        if (read.get().length() > MAX_PAGE_CHARS) {
            problems.add(file, 0, "this page is " + read.get().length() + " characters long; split it into pages of "
                    + "at most " + MAX_PAGE_CHARS + " characters");
            return Optional.empty();
        }
        List<String> lines = read.get().lines().toList();
        int blockStart = 0;
        int blockChars = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                blockChars = 0;
                continue;
            }
            blockStart = blockChars == 0 ? i + 1 : blockStart;
            blockChars += lines.get(i).length() + 1;
            if (blockChars > MAX_BLOCK_CHARS) {
                problems.add(file, blockStart, "this paragraph is over " + MAX_BLOCK_CHARS + " characters long; "
                        + "break it up with blank lines");
                return Optional.empty();
            }
        }
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
        int before = front.problemCount();
        int order = front.wholeNumber("order", 1, 99_999);
        // An order already reported as unreadable is not compared with the others: no "order 1 is already used".
        order = front.problemCount() > before ? UNREAD_ORDER : order;
        String navTitle = front.optionalText("nav_title").orElse(title);
        for (String key : List.of("title", "nav_title", "summary")) {
            if (front.optionalText(key).orElse("").codePoints().anyMatch(Character::isISOControl)) {
                problems.add(file, front.lineOf(key), "'" + key + "' must be one line of text, without line breaks "
                        + "or tabs");
            }
        }
        if (front.has("steps") && !slug.equals(Handbook.FIRST_HOUR)) {
            problems.add(file, front.lineOf("steps"), "'steps' belongs in " + Handbook.FIRST_HOUR + ".md only");
        }
        List<SourcePage.StepSource> steps = slug.equals(Handbook.FIRST_HOUR) ? steps(front, file) : List.of();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        front.keys().forEach(key -> fieldLines.put(key, front.lineOf(key)));
        int bodyLine = close + 2;
        RegionBlocks.check(lines, bodyLine, file, regions, problems);
        return Optional.of(new SourcePage(slug, file, title, navTitle, summary, order, Map.copyOf(fieldLines),
                steps, waivers(front), lines, bodyLine, front.optionalText("translates").orElse("")));
    }

    private List<SourcePage.StepSource> steps(YamlFields front, String file) {
        List<YamlFields> entries = front.listOfMappings("steps");
        if (entries.isEmpty()) {
            problems.add(file, front.lineOf("steps"), "'steps' must list the immediate steps, each with "
                    + "'section' (a heading id in this page) and 'card' (its line on the emergency card)");
            return List.of();
        }
        List<SourcePage.StepSource> steps = new ArrayList<>();
        for (YamlFields entry : entries) {
            entry.allowOnly(STEP_KEYS);
            steps.add(new SourcePage.StepSource(entry.text("section"), entry.text("card"), entry.line(),
                    entry.lineOf("section"), entry.lineOf("card")));
        }
        return List.copyOf(steps);
    }

    private List<Waiver> waivers(YamlFields front) {
        if (!front.has("exceptions")) {
            return List.of();
        }
        YamlFields exceptions = front.mapping("exceptions");
        exceptions.allowOnly(WAIVABLE_RULES);
        List<Waiver> waivers = new ArrayList<>();
        if (exceptions.has(FIGURES_EXCEPTION)) {
            // A section excused from showing a picture, by its heading id: figures: { knee-rolls: reason }.
            YamlFields sections = exceptions.mapping(FIGURES_EXCEPTION);
            for (String section : sections.keys()) {
                String reason = sections.text(section);
                if (reason.split("\\s+").length < 4) {
                    problems.add(sections.file(), sections.lineOf(section), "the exception for the picture of '"
                            + section + "' needs a written reason (a sentence saying why this section has none)");
                }
                waivers.add(new Waiver(Waiver.FIGURE_PREFIX + section, reason,
                        sections.lineOf(section)));
            }
        }
        for (String rule : exceptions.keys()) {
            if (rule.equals(FIGURES_EXCEPTION)) {
                continue;
            }
            String reason = exceptions.text(rule);
            if (WAIVABLE_RULES.contains(rule) && reason.split("\\s+").length < 4) {
                problems.add(exceptions.file(), exceptions.lineOf(rule), "the exception to '" + rule
                        + "' needs a written reason (a sentence saying why this page cannot follow the rule)");
            }
            waivers.add(new Waiver(rule, reason, exceptions.lineOf(rule)));
        }
        return List.copyOf(waivers);
    }

}
