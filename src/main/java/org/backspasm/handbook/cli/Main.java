package org.backspasm.handbook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.backspasm.handbook.build.Build;
import org.backspasm.handbook.problem.IoReason;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.check.Prose;
import org.backspasm.handbook.content.TranslationMarks;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.preview.PreviewServer;
import org.backspasm.handbook.render.OutputFolder;
import org.backspasm.handbook.render.PdfWriter;
import org.backspasm.handbook.render.Renderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Entry point: {@code handbook build} and {@code handbook check}. */
@Command(name = "handbook", mixinStandardHelpOptions = true, version = "back-spasm-handbook 0.1.0",
        description = "Builds the back spasm first-aid handbook from content/ and templates/ into site/.",
        subcommands = {Main.BuildCommand.class, Main.CheckCommand.class, Main.ServeCommand.class,
                Main.TranslationsCommand.class},
        footer = {"", "Exit codes: 0 fine, 1 problems in the content or templates, 2 wrong usage, 3 internal error."})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int CONTENT_PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL_ERROR = 3;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command: build or check");
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /**
     * The PDF and template libraries log process-wide; the tool reports its own problems instead, so the
     * command line, which owns the process, turns their logging off before they load, here and not in a static
     * initialiser somewhere inside. (OpenHTMLtoPDF would log every PDF/UA hint at INFO; Freemarker would repeat
     * template errors, or flood the output under a debug-level logger.) Tests that build without the command
     * line call it too.
     */
    public static void quietLibraries() {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        System.setProperty("org.freemarker.loggerLibrary", "none");
    }

    /** Runs the command line with the given streams and returns the exit code; used by main and the tests. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        quietLibraries();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler((e, args2) -> {
            err.println("handbook: " + e.getMessage() + " (see 'handbook --help')");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> internalError(e, err));
        return commandLine.execute(args);
    }

    /** A bug, not a content problem: one line asking for a report, the full trace in a file. */
    static int internalError(Exception e, PrintStream err) {
        err.println("handbook: internal error (" + e.getClass().getSimpleName() + "); please report it. "
                + "Full trace: " + writeTrace(e));
        return INTERNAL_ERROR;
    }

    private static String writeTrace(Exception e) {
        try {
            Path file = Files.createTempFile("handbook-error-", ".txt");
            try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file))) {
                e.printStackTrace(writer);
            }
            return file.toString();
        } catch (IOException io) {
            return "(could not be written: " + io.getMessage() + ")";
        }
    }

    /** A date on the command line, or one plain sentence saying how to write it. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date written YYYY-MM-DD, "
                        + "such as 2026-12-01");
            }
        }
    }

    /** Where the project is; every path defaults to a folder inside it. */
    static final class ProjectOptions {
        @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
                description = "Project folder holding content/ and templates/ (default: the current folder).")
        Path project;

        @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: <project>/content).")
        Path content;

        @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder (default: <project>/templates).")
        Path templates;

        @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: <project>/site).")
        Path output;

        @Option(names = "--clinic", paramLabel = "PROFILE",
                description = "A clinic profile (.yml), or a folder of them; repeat for several. Each edition "
                        + "is built into <output>/<id>/, where the id is the profile's file name.")
        List<Path> clinics = new ArrayList<>();

        @Option(names = "--shard", paramLabel = "K/N", converter = Shard.Converter.class,
                description = "Build or check only part K of N of the clinic profiles (sorted by file name, dealt "
                        + "out in turn), e.g. 3/8 on the third of eight CI runners.")
        Shard shard;

        @Option(names = "--html-only",
                description = "Pages and stylesheet only, without the PDFs and the zip: for quick drafts.")
        boolean htmlOnly;

        @Option(names = "--strict",
                description = "Treat a translation that is out of date as a problem, not a warning: for CI.")
        boolean strict;

        @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
                description = "Check review dates as if today were this date (default: today).")
        LocalDate today;

        /** SOURCE_DATE_EPOCH, the reproducible-builds convention, when set to whole seconds. */
        private static Optional<Instant> sourceDateEpoch() {
            String epoch = System.getenv("SOURCE_DATE_EPOCH");
            return epoch != null && epoch.matches("[0-9]{1,12}")
                    ? Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch))) : Optional.empty();
        }

        /** Every profile named, folders expanded to the .yml files in them, in name order. */
        List<Path> profiles(CommandLine commandLine) {
            List<Path> profiles = new ArrayList<>();
            for (Path clinic : clinics) {
                if (Files.isDirectory(clinic)) {
                    try (Stream<Path> files = Files.list(clinic)) {
                        files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().forEach(profiles::add);
                    } catch (IOException | java.io.UncheckedIOException e) {
                        throw new ParameterException(commandLine, "cannot list the clinic folder " + clinic
                                + ": " + IoReason.of(e));
                    }
                } else {
                    profiles.add(clinic);
                }
            }
            return profiles;
        }

        /** This run's part of the profiles: all of them without --shard. */
        List<Path> shardOf(List<Path> profiles, CommandLine commandLine) {
            if (shard == null) {
                return profiles;
            }
            if (clinics.isEmpty()) {
                throw new ParameterException(commandLine, "--shard splits a batch of clinic profiles: give --clinic "
                        + "with a folder of profiles too");
            }
            return shard.of(profiles);
        }

        Build.Options toBuildOptions() {
            Build.Options defaults = Build.Options.forProject(project);
            Build.Options options = new Build.Options(project,
                    content != null ? content : defaults.contentDir(),
                    templates != null ? templates : defaults.templatesDir(),
                    output != null ? output : defaults.outputDir(),
                    today != null ? today : defaults.today(),
                    sourceDateEpoch(), true, strict);
            return htmlOnly ? options.htmlOnly() : options;
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Check everything, then write the site and both PDFs into the output folder.")
    static final class BuildCommand implements Callable<Integer> {
        @Mixin
        ProjectOptions project;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Build.Options options = project.toBuildOptions();
            List<Path> profiles = project.profiles(spec.commandLine());
            if (!project.clinics.isEmpty()) {
                return buildEditions(options, project, profiles, spec);
            }
            project.shardOf(profiles, spec.commandLine());
            Build.Result result;
            try (Renderer renderer = Renderer.start()) {
                result = Build.build(options, renderer);
            } catch (OutputFolder.NotOurs e) {
                spec.commandLine().getErr().println("handbook: " + e.getMessage());
                return USAGE;
            } catch (IOException e) {
                spec.commandLine().getErr().println("handbook: cannot write the output folder " + options.outputDir()
                        + " (" + describe(e) + "); the previous output is unchanged");
                return USAGE;
            }
            printWarnings(result, spec);
            if (!result.ok()) {
                return report(result, spec, "nothing was written; the previous output is unchanged");
            }
            spec.commandLine().getOut().println("Built " + options.outputDir() + ": " + describe(result) + ", "
                    + result.files().size() + " files in all.");
            return OK;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Build, serve the edition on 127.0.0.1, and rebuild whenever content, templates or the "
                    + "profile change. Broken edits keep the last good build online, with the problems shown on "
                    + "every page. Ctrl-C stops it.")
    static final class ServeCommand implements Callable<Integer> {
        @Mixin
        ProjectOptions project;
        @Option(names = "--port", paramLabel = "N", defaultValue = "0",
                description = "Port on 127.0.0.1 (default: a free one, printed).")
        int port;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException, InterruptedException {
            List<Path> profiles = project.profiles(spec.commandLine());
            if (profiles.size() > 1) {
                throw new ParameterException(spec.commandLine(), "serve previews one edition: give at most one --clinic");
            }
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    StandardCharsets.UTF_8);
            PreviewServer preview = PreviewServer.start(project.toBuildOptions(), profiles.stream().findFirst(), port, out);
            java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                preview.close();
                out.println("Stopped.");
                stopped.countDown();
            }));
            out.println("Serving at http://127.0.0.1:" + preview.port() + "/ (Ctrl-C to stop)");
            stopped.await();
            return OK;
        }
    }

    /** Builds each clinic's edition; problems in one edition do not stop the others. */
    private static int buildEditions(Build.Options options, ProjectOptions project, List<Path> all, CommandSpec spec)
            throws IOException {
        if (all.isEmpty()) {
            spec.commandLine().getErr().println("handbook: no clinic profiles (.yml or .yaml) found in "
                    + String.join(", ", project.clinics.stream().map(Path::toString).toList()));
            return USAGE;
        }
        // Over the whole batch, not just this shard: two runners must never write the same folder.
        Set<String> ids = new HashSet<>();
        for (Path profile : all) {
            if (!ids.add(profile.getFileName().toString().replaceFirst("\\.ya?ml$", ""))) {
                spec.commandLine().getErr().println("handbook: two profiles are named " + profile.getFileName()
                        + "; each edition needs its own file name");
                return USAGE;
            }
        }
        List<Path> profiles = project.shardOf(all, spec.commandLine());
        if (project.shard != null) {
            spec.commandLine().getOut().println("Shard " + project.shard + ": " + profiles.size() + " of " + all.size()
                    + " profiles" + (profiles.isEmpty() ? "; nothing to build." : "."));
            if (profiles.isEmpty()) {
                return OK;
            }
        }
        List<Build.Outcome> editions;
        try (Renderer renderer = Renderer.start()) {
            editions = Build.buildEditions(options, profiles, renderer);
        } catch (OutputFolder.NotOurs e) {
            spec.commandLine().getErr().println("handbook: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("handbook: cannot write the output folder " + options.outputDir()
                    + " (" + describe(e) + ")");
            return USAGE;
        }
        int failed = 0;
        for (Build.Outcome edition : editions) {
            printWarnings(edition.result(), spec);
            if (edition.result().ok()) {
                spec.commandLine().getOut().println("Built " + edition.outputDir() + " (" + edition.id() + "): "
                        + describe(edition.result()) + ", " + edition.result().files().size() + " files.");
            } else {
                failed++;
                ProblemList.shown(edition.result().problems()).forEach(spec.commandLine().getErr()::println);
                spec.commandLine().getErr().println("Edition " + edition.id() + " not built: "
                        + edition.result().problems().size() + " problem(s); its previous output is unchanged.");
            }
        }
        return failed == 0 ? OK : CONTENT_PROBLEMS;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Run everything build verifies, and write nothing.")
    static final class CheckCommand implements Callable<Integer> {
        @Mixin
        ProjectOptions project;
        @Option(names = "--readability", description = "Also print each page's and the card's reading figures.")
        boolean readability;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<Path> all = project.profiles(spec.commandLine());
            List<Path> part = project.shardOf(all, spec.commandLine());
            List<Optional<Path>> profiles = project.clinics.isEmpty() ? List.of(Optional.empty())
                    : part.stream().map(Optional::of).toList();
            if (profiles.isEmpty() && !all.isEmpty()) {
                spec.commandLine().getOut().println("Shard " + project.shard + ": 0 of " + all.size()
                        + " profiles; nothing to check.");
                return OK;
            }
            if (profiles.isEmpty()) {
                spec.commandLine().getErr().println("handbook: no clinic profiles (.yml or .yaml) found in "
                        + String.join(", ", project.clinics.stream().map(Path::toString).toList()));
                return USAGE;
            }
            List<Build.Result> results;
            try (Renderer renderer = Renderer.start()) {
                results = Build.check(project.toBuildOptions(), profiles, renderer);
            }
            int worst = OK;
            int editions = 0;
            for (int i = 0; i < results.size(); i++) {
                Build.Result result = results.get(i);
                printWarnings(result, spec);
                result.handbooks().forEach(handbook -> handbook.pages().forEach(page -> page.waivers().forEach(waiver ->
                        spec.commandLine().getOut().println(page.source() + ":" + waiver.line()
                                + ": note: exception to '" + waiver.rule() + "': " + waiver.reason()))));
                if (readability) {
                    printReadability(result, spec);
                }
                if (!result.ok()) {
                    worst = report(result, spec, profiles.get(i).map(p -> "in the edition of " + p.getFileName()
                            + "; fix them and run check again").orElse("fix them and run check again"));
                } else {
                    editions += result.handbooks().size();
                    spec.commandLine().getOut().println("Checked " + describe(result) + ".");
                }
            }
            if (worst == OK) {
                spec.commandLine().getOut().println("No problems found in " + editions
                        + (editions == 1 ? " edition." : " editions."));
            }
            return worst;
        }
    }

    /** What a publication holds, e.g. "en-gb-eng (12 pages), es-es (12 pages)". */
    private static String describe(Build.Result result) {
        return String.join(", ", result.handbooks().stream().map(handbook -> {
            String card = handbook.edition().folder() + handbook.cardFile();
            boolean pdfs = result.files().isEmpty() || result.files().containsKey(card);
            return handbook.edition().tag() + " (" + handbook.pages().size() + " pages" + (pdfs ? ", " + card : "")
                    + ")";
        }).toList());
    }

    @Command(name = "translations", mixinStandardHelpOptions = true,
            description = "Mark each page of a translation as up to date with its original, after you have "
                    + "brought it up to date: check then stops warning that it is out of date.")
    static final class TranslationsCommand implements Callable<Integer> {
        @Option(names = "--mark", paramLabel = "LANGUAGE", required = true,
                description = "The translation to mark, e.g. es (its pages are in content/es/).")
        String language;
        @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
                description = "Project folder holding content/ (default: the current folder).")
        Path project;
        @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: <project>/content).")
        Path content;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path contentDir = content != null ? content : project.resolve("content");
            TranslationMarks.Result result = TranslationMarks.mark(contentDir, language);
            if (!result.problems().isEmpty()) {
                ProblemList.shown(result.problems()).forEach(spec.commandLine().getErr()::println);
                spec.commandLine().getErr().println("Nothing was marked.");
                return CONTENT_PROBLEMS;
            }
            spec.commandLine().getOut().println("Marked " + result.marked() + " of " + result.pages()
                    + " pages in " + language + " as up to date.");
            return OK;
        }
    }

    private static void printReadability(Build.Result result, CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "%-32s %6s %6s %6s %6s %10s %8s", "file", "grade", "ease", "F-H",
                "words", "sentences", "longest"));
        // Flesch-Kincaid grade and reading ease for English, Fernández-Huerta (F-H) for Spanish.
        result.readability().forEach((file, prose) -> {
            boolean spanish = prose.language().equals("es");
            out.println(String.format(Locale.ROOT, "%-32s %6s %6s %6s %6d %10d %8d", file,
                    spanish ? "–" : String.format(Locale.ROOT, "%.1f", prose.grade()),
                    spanish ? "–" : String.format(Locale.ROOT, "%.1f", prose.ease()),
                    spanish ? String.format(Locale.ROOT, "%.1f", prose.fernandezHuerta()) : "–",
                    prose.words(), prose.sentenceCount(), Prose.words(prose.longestSentence()).size()));
        });
        result.cardBodySizes().forEach((file, pt) -> out.println(String.format(Locale.ROOT,
                "%s: body text %.1f pt, the largest from %.0f to %.0f pt that fits one page", file, pt,
                PdfWriter.CARD_MIN_PT, PdfWriter.CARD_MAX_PT)));
    }

    /** An I/O failure as a person reads it: what went wrong and where. */
    private static String describe(IOException e) {
        return e instanceof java.nio.file.FileSystemException f && f.getFile() != null
                ? IoReason.of(e) + ": " + f.getFile() : IoReason.of(e);
    }

    private static void printWarnings(Build.Result result, CommandSpec spec) {
        for (Problem warning : result.warnings()) {
            spec.commandLine().getErr().println(new Problem(warning.file(), warning.line(), "warning: "
                    + warning.message()));
        }
    }

    private static int report(Build.Result result, CommandSpec spec, String advice) {
        PrintWriter err = spec.commandLine().getErr();
        for (Problem problem : ProblemList.shown(result.problems())) {
            err.println(problem);
        }
        int count = result.problems().size();
        err.println(count + (count == 1 ? " problem" : " problems") + (advice.startsWith("in ") ? " " : "; ")
                + advice + ".");
        return CONTENT_PROBLEMS;
    }
}
