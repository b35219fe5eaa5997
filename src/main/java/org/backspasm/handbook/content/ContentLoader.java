package org.backspasm.handbook.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.backspasm.handbook.problem.IoReason;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Content;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Jargon;
import org.backspasm.handbook.model.LanguageContent;
import org.backspasm.handbook.model.Regions;
import org.backspasm.handbook.model.Settings;
import org.backspasm.handbook.model.SourcePage;

/**
 * Reads content/ once: the regions ({@link RegionsLoader}), the settings ({@link SettingsLoader}), and each
 * language's folder: its pages ({@link PageReader}), their order, the required pages and the jargon list. What
 * depends on the edition (region blocks, placeholders, Markdown) is left to {@link EditionContent}.
 */
public final class ContentLoader {

    static final String JARGON_FILE = "jargon.yml";
    private static final List<String> REQUIRED_PAGES = List.of(
            Handbook.HOME, Handbook.DANGER_SIGNS, Handbook.FIRST_HOUR, Handbook.PREVENTION, Handbook.SOURCES);
    /** Far beyond any real page; the Markdown reader slows down sharply on more. */
    static final int MAX_PAGE_CHARS = PageReader.MAX_PAGE_CHARS;

    private final ProblemList problems;
    private final PageReader pages;

    private ContentLoader(Path contentDir, Regions regions, ProblemList problems, ReadMemory memory) {
        this.problems = problems;
        this.pages = new PageReader(contentDir, regions, problems, memory);
    }

    /**
     * Reads the whole content folder, or returns empty when it cannot be put together; every reason is in
     * {@code problems}.
     *
     * @param shownDir how {@code contentDir} is named in messages, e.g. {@code content}
     */
    public static Optional<Content> load(Path contentDir, String shownDir, ProblemList problems) {
        return load(contentDir, shownDir, problems, new ReadMemory());
    }

    /**
     * The same, taking from {@code memory} what an earlier run made of files whose text is the same (the preview's
     * rebuilds): every file is still read, and only those that changed are parsed again.
     */
    public static Optional<Content> load(Path contentDir, String shownDir, ProblemList problems, ReadMemory memory) {
        if (!Files.isDirectory(contentDir)) {
            problems.add(shownDir, 0, Files.notExists(contentDir) ? "content folder not found"
                    : "cannot open the content folder: permission denied");
            return Optional.empty();
        }
        if (!Files.isReadable(contentDir) || !Files.isExecutable(contentDir)) {
            problems.add(shownDir, 0, "cannot open the content folder: permission denied; let your user read it");
            return Optional.empty();
        }
        Regions regions = RegionsLoader.load(contentDir, shownDir, problems, memory);
        Optional<SettingsLoader.Loaded> loaded = SettingsLoader.load(contentDir, shownDir, regions, problems);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Settings settings = loaded.get().settings();
        ContentLoader loader = new ContentLoader(contentDir, regions, problems, memory);
        Map<String, LanguageContent> languages = new LinkedHashMap<>();
        for (String language : settings.languages()) {
            boolean base = language.equals(settings.language());
            Path dir = base ? contentDir : contentDir.resolve(language);
            String shown = base ? shownDir : shownDir + "/" + language;
            loader.language(language, settings, dir, shown, base).ifPresent(l -> languages.put(language, l));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Content(settings, loaded.get().paper(), regions, Map.copyOf(languages)));
    }

    private Optional<LanguageContent> language(String language, Settings base, Path dir, String shown,
                                               boolean isBase) {
        Optional<Settings> settings = isBase ? Optional.of(base)
                : LanguageTexts.apply(base, language, dir, shown, problems);
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<Path>> files = markdownFiles(dir, shown);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        List<SourcePage> pages = new ArrayList<>();
        for (Path file : files.get()) {
            this.pages.read(file, shown).ifPresent(pages::add);
        }
        checkOrders(pages);
        for (String slug : REQUIRED_PAGES) {
            if (!Files.exists(dir.resolve(slug + ".md"))) {
                problems.add(shown + "/" + slug + ".md", 0, "required page is missing");
            }
        }
        List<Jargon> jargon = jargon(dir, shown);
        pages.sort(java.util.Comparator.comparingInt(SourcePage::order));
        return Optional.of(new LanguageContent(language, settings.get(), shown, List.copyOf(pages), jargon));
    }

    private Optional<List<Path>> markdownFiles(Path dir, String shown) {
        try (Stream<Path> files = Files.list(dir)) {
            return Optional.of(files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList());
        } catch (IOException | UncheckedIOException e) {
            problems.add(shown, 0, "cannot list the pages in this folder: " + IoReason.of(e));
            return Optional.empty();
        }
    }

    /** The jargon list: each key a term patients may not know, each value the plain words to use. */
    private List<Jargon> jargon(Path dir, String shownDir) {
        Optional<YamlFields> parsed = YamlFields.readFile(dir.resolve(JARGON_FILE), shownDir + "/" + JARGON_FILE,
                "jargon list not found; it holds 'term: plain words' lines for the content checks", problems);
        if (parsed.isEmpty()) {
            return List.of();
        }
        YamlFields yaml = parsed.get();
        return yaml.keys().stream()
                .map(term -> new Jargon(term.strip().toLowerCase(java.util.Locale.ROOT), yaml.text(term), yaml.lineOf(term)))
                .toList();
    }

    private void checkOrders(List<SourcePage> pages) {
        Map<Integer, SourcePage> byOrder = new HashMap<>();
        for (SourcePage page : pages) {
            if (page.order() == PageReader.UNREAD_ORDER) {
                continue;
            }
            SourcePage earlier = byOrder.putIfAbsent(page.order(), page);
            if (earlier != null) {
                problems.add(page.source(), page.fieldLines().getOrDefault("order", 0), "order "
                        + page.order() + " is already used by " + earlier.source() + "; each page needs its own number");
            }
        }
    }
}
