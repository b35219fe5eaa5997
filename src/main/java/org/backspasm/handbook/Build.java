package org.backspasm.handbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.backspasm.handbook.check.CardChecker;
import org.backspasm.handbook.check.ContentChecker;
import org.backspasm.handbook.check.LinkChecker;
import org.backspasm.handbook.check.Prose;
import org.backspasm.handbook.check.TranslationChecker;
import org.backspasm.handbook.model.Alternate;
import org.backspasm.handbook.render.Messages;
import org.backspasm.handbook.content.ContentLoader;
import org.backspasm.handbook.model.Clinic;
import org.backspasm.handbook.model.Handbook;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.model.Settings;
import org.backspasm.handbook.render.EditionZip;
import org.backspasm.handbook.render.OutputFolder;
import org.backspasm.handbook.render.PdfWriter;
import org.backspasm.handbook.render.SiteWriter;
import org.backspasm.handbook.render.Templates;

/** The recipe: content/ → Handbook → link and content checks → pages and PDFs in memory → site/, swapped in whole. */
public final class Build {

    /** Where to read and write. {@code projectDir} is what paths in messages are relative to. */
    /**
     * @param today the date review dates are checked against
     * @param sourceDate the date written into the PDFs and the zip; empty means the content's last review
     */
    public record Options(Path projectDir, Path contentDir, Path templatesDir, Path outputDir, LocalDate today,
                          Optional<Instant> sourceDate, boolean pdfs) {

        public static Options forProject(Path projectDir) {
            return new Options(projectDir, projectDir.resolve("content"), projectDir.resolve("templates"),
                    projectDir.resolve("site"), LocalDate.now(), Optional.empty(), true);
        }

        /** The same options without the PDFs and the zip: pages and stylesheet only. */
        public Options htmlOnly() {
            return new Options(projectDir, contentDir, templatesDir, outputDir, today, sourceDate, false);
        }
    }

    /** What a build made, or the problems that stopped it. */
    public record Result(List<Problem> problems, List<Problem> warnings, Map<String, byte[]> files,
                         Optional<Handbook> handbook, Map<String, Prose> readability) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Renders PDFs beside the main thread; daemon threads, so a finished run never waits on them. */
    private static final java.util.concurrent.ExecutorService PDF_THREADS = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "pdf");
        thread.setDaemon(true);
        return thread;
    });

    private Build() {
    }

    /** Starts loading the PDF libraries and fonts on a spare core; the build itself does not wait for it. */
    public static void warmUp() {
        CompletableFuture.runAsync(PdfWriter::warmUp, PDF_THREADS);
    }

    /**
     * Runs every stage and check for the generic edition in the handbook's own language and in each
     * translation (written to {@code <lang>/} inside it), writing nothing.
     */
    public static Result check(Options options) {
        Optional<Settings> settings = ContentLoader.baseSettings(options.contentDir());
        List<String> translations = settings.map(Settings::translations).orElse(List.of());
        String base = settings.map(Settings::language).orElse("en");
        Result main = check(options, Optional.empty(), Optional.empty(), alternates(base, translations, base));
        if (main.handbook().isEmpty() || translations.isEmpty()) {
            return main;
        }
        Handbook handbook = main.handbook().get();
        ProblemList problems = new ProblemList();
        main.problems().forEach(problems::add);
        main.warnings().forEach(w -> problems.warn(w.file(), w.line(), w.message()));
        Map<String, byte[]> files = new TreeMap<>(main.files());
        Map<String, Prose> readability = new LinkedHashMap<>(main.readability());
        for (String language : translations) {
            Result translated = check(options, Optional.empty(), Optional.of(language),
                    alternates(base, translations, language));
            translated.problems().forEach(problems::add);
            translated.handbook().ifPresent(other -> TranslationChecker.check(handbook, other, problems));
            translated.files().forEach((name, bytes) -> files.put(language + "/" + name, bytes));
            translated.readability().forEach((name, prose) -> readability.put(
                    name.contains("/") ? name : language + "/" + name, prose));
        }
        return new Result(problems.toList(), problems.warnings(), problems.isEmpty() ? Map.copyOf(files) : Map.of(),
                main.handbook(), readability);
    }

    /** Links from the pages of {@code language} to the same pages in the edition's other languages. */
    private static List<Alternate> alternates(String base, List<String> translations, String language) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(translations);
        return all.stream().filter(other -> !other.equals(language)).map(other -> {
            String prefix = (language.equals(base) ? "" : "../") + (other.equals(base) ? "" : other + "/");
            Locale locale = Locale.forLanguageTag(other);
            String name = locale.getDisplayLanguage(locale);
            return new Alternate(other, name.substring(0, 1).toUpperCase(locale) + name.substring(1), prefix);
        }).toList();
    }

    /** Runs every stage and check for one clinic's edition, writing nothing. */
    public static Result check(Options options, Optional<Path> profile) {
        return check(options, profile, Optional.empty(), List.of());
    }

    /** Runs every stage and check for one edition in one language, writing nothing. */
    static Result check(Options options, Optional<Path> profile, Optional<String> language, List<Alternate> alternates) {
        ProblemList problems = new ProblemList();
        Optional<Handbook> loaded = ContentLoader.load(options.contentDir(), shown(options, options.contentDir()),
                profile, profile.map(p -> shown(options, p)), language, problems);
        if (loaded.isEmpty()) {
            return new Result(problems.toList(), problems.warnings(), Map.of(), Optional.empty(), Map.of());
        }
        Handbook handbook = loaded.get();
        LinkChecker.check(handbook, Set.of(Handbook.CARD_FILE, Handbook.PLAN_FILE, Handbook.PRINT_FILE,
                handbook.zipFile()), options.contentDir(), problems);
        ContentChecker.check(handbook, options.today(), problems);
        if (!Files.isDirectory(options.templatesDir())) {
            problems.add(shown(options, options.templatesDir()), 0, "templates folder not found");
            return new Result(problems.toList(), problems.warnings(), Map.of(), Optional.of(handbook), Map.of());
        }
        Templates plain = Templates.in(templateFolders(options, handbook));
        String base = ContentLoader.baseSettings(options.contentDir()).map(Settings::language)
                .orElse(handbook.settings().language());
        Templates templates = plain.withMessages(
                Messages.load(plain.folders(), handbook.settings().language(), base, problems));
        Instant date = options.sourceDate()
                .orElse(handbook.settings().review().last().atStartOfDay().toInstant(ZoneOffset.UTC));
        // The two PDFs render on the other core while this one renders the pages. Each stage keeps its own
        // problem list, merged below in a fixed order so the report reads the same on every run.
        ProblemList cardProblems = new ProblemList();
        ProblemList planProblems = new ProblemList();
        CompletableFuture<Optional<PdfWriter.Card>> card = options.pdfs()
                ? CompletableFuture.supplyAsync(() -> PdfWriter.card(handbook, templates, date, cardProblems), PDF_THREADS)
                : CompletableFuture.completedFuture(Optional.empty());
        CompletableFuture<Optional<byte[]>> plan = options.pdfs()
                ? CompletableFuture.supplyAsync(() -> PdfWriter.plan(handbook, templates, date, planProblems), PDF_THREADS)
                : CompletableFuture.completedFuture(Optional.empty());
        Map<String, byte[]> files = new TreeMap<>(
                SiteWriter.render(handbook, templates, options.contentDir(), alternates, problems));
        Map<String, Prose> readability = new LinkedHashMap<>();
        String pageLanguage = handbook.settings().language();
        handbook.pages().forEach(page -> readability.put(page.source(), Prose.ofHtml(page.html(), pageLanguage)));
        card.join().ifPresent(rendered -> {
            CardChecker.check(handbook, rendered, cardProblems);
            readability.put(Handbook.CARD_FILE, Prose.ofHtml(rendered.html(), pageLanguage));
            files.put(Handbook.CARD_FILE, rendered.pdf());
        });
        plan.join().ifPresent(pdf -> files.put(Handbook.PLAN_FILE, pdf));
        problems.addAll(cardProblems);
        problems.addAll(planProblems);
        if (!problems.isEmpty()) {
            return new Result(problems.toList(), problems.warnings(), Map.of(), Optional.of(handbook), readability);
        }
        if (options.pdfs()) {
            String folder = handbook.zipFile().replaceFirst("\\.zip$", "");
            files.put(handbook.zipFile(), EditionZip.of(folder, files, date));
        }
        return new Result(problems.toList(), problems.warnings(), Map.copyOf(files), Optional.of(handbook), readability);
    }

    /** A clinic's own templates first, so that they override the defaults of the same name. */
    private static List<Templates.Folder> templateFolders(Options options, Handbook handbook) {
        List<Templates.Folder> folders = new ArrayList<>();
        handbook.clinic().flatMap(Clinic::templatesDir)
                .ifPresent(dir -> folders.add(new Templates.Folder(dir, shown(options, dir))));
        folders.add(new Templates.Folder(options.templatesDir(), shown(options, options.templatesDir())));
        return folders;
    }

    /** Runs every stage and check, then replaces the output folder, only when there was no problem. */
    public static Result build(Options options) throws IOException, OutputFolder.NotOurs {
        Result result = check(options);
        if (result.ok()) {
            OutputFolder.replace(options.outputDir(), result.files());
        }
        return result;
    }

    /** One clinic edition's outcome in a batch. */
    public record Edition(String id, Path profile, Path outputDir, Result result) {
    }

    /**
     * Builds each clinic's edition into {@code <output>/<id>/}, two at a time. An edition with problems is not
     * written and leaves its previous output as it was; the others are written all the same.
     */
    public static List<Edition> buildEditions(Options options, List<Path> profiles)
            throws IOException, OutputFolder.NotOurs {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(profiles.size(),
                Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Path profile : profiles) {
                futures.add(pool.submit(() -> check(options, Optional.of(profile))));
            }
            List<Edition> editions = new ArrayList<>();
            for (int i = 0; i < profiles.size(); i++) {
                Path profile = profiles.get(i);
                String id = profile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
                Result result = futures.get(i).get();
                Path out = options.outputDir().resolve(id);
                if (result.ok()) {
                    OutputFolder.replace(out, result.files());
                }
                editions.add(new Edition(id, profile, out, result));
            }
            return editions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building editions", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** A path as messages show it: relative to the project folder when inside it, with forward slashes. */
    static String shown(Options options, Path path) {
        Path project = options.projectDir().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(project) ? project.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
