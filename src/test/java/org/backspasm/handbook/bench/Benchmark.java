package org.backspasm.handbook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Times whole processes of the real tool (bin/handbook, after a warm-up run, median of 5) and writes
 * bench/RESULTS.md. Run: mvn -q -DskipTests package exec:java@benchmark
 */
public final class Benchmark {

    private static final int RUNS = 5;
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path WORK = REPO.resolve("target/bench");
    private static final Path TIME = Path.of("/usr/bin/time");

    /** One scenario's figures: wall-clock medians in seconds and the largest peak memory seen, in MB. */
    record Row(String scenario, double median, double min, double max, long peakMb, String target, boolean met) {
    }

    /**
     * Every scenario, or those named in {@code -Dbench.only=cold,editions,pages,preview,large-print,jbake} (then
     * RESULTS.md is not rewritten, the rows are only printed).
     */
    public static void main(String[] args) throws Exception {
        deleteTree(WORK);
        Files.createDirectories(WORK);
        Set<String> only = Set.of(System.getProperty("bench.only", "").split(",")).stream()
                .filter(s -> !s.isBlank()).collect(java.util.stream.Collectors.toSet());
        List<Row> rows = new ArrayList<>();
        String launcher = REPO.resolve("bin/handbook").toString();
        String jar = REPO.resolve("target/back-spasm-handbook.jar").toString();
        java.util.function.Consumer<Row> add = row -> {
            rows.add(row);
            System.out.println(format(row));
        };

        if (only.isEmpty() || only.contains("cold")) {
            add.accept(measure("Cold full build, real handbook in English and Spanish (bin/handbook)", 1.0, 300,
                    launcher, "build", "--project", REPO.toString(), "--output", WORK.resolve("site").toString()));
            add.accept(measure("Cold full build, real handbook in English and Spanish (plain java -jar)", 1.0, 0,
                    "java", "-jar", jar, "build", "--project", REPO.toString(), "--output",
                    WORK.resolve("site-jar").toString()));
        }
        if (only.isEmpty() || only.contains("editions")) {
            Path clinics = generateProfiles("clinics", 100);
            add.accept(measure("100 clinic editions in one run (all three PDFs each)", 10.0, 500,
                    launcher, "build", "--project", REPO.toString(), "--clinic", clinics.toString(),
                    "--output", WORK.resolve("editions").toString()));
            Path thousand = generateProfiles("clinics-1000", 1000);
            add.accept(measureOnce("1,000 clinic editions in one run (one run; linear would be 10 × the 100)", 100.0,
                    launcher, "build", "--project", REPO.toString(), "--clinic", thousand.toString(),
                    "--output", WORK.resolve("editions-1000").toString()));
        }
        if (only.isEmpty() || only.contains("pages")) {
            for (int pages : new int[] {0, 100, 1000, 5000}) {
                Path big = generateLargeProject(pages);
                String name = pages == 0 ? "The real handbook's 13 English pages" : String.format(Locale.ROOT,
                        "%,d pages (13 real and %,d generated)", pages + 13, pages);
                double htmlTarget = pages == 1000 ? 2.0 : 0;
                double fullTarget = pages == 1000 ? 3.0 : 0;
                String[] html = {launcher, "build", "--project", big.toString(), "--html-only", "--output",
                        WORK.resolve("big-html-" + pages).toString()};
                String[] full = {launcher, "build", "--project", big.toString(), "--output",
                        WORK.resolve("big-full-" + pages).toString()};
                add.accept(pages >= 5000 ? measureOnce(name + ", HTML only (one run)", htmlTarget, html)
                        : measure(name + ", HTML only", htmlTarget, 0, html));
                if (pages < 5000) {
                    add.accept(measure(name + ", full (card, plan, large print, zip)", fullTarget, 0, full));
                }
                deleteTree(big);
            }
        }
        if (only.isEmpty() || only.contains("preview")) {
            add.accept(row("Preview: edited page served fresh after the save", previewLatencies(launcher, false), 0,
                    0.2));
            add.accept(row("Preview: edited card line in the served card PDF", previewLatencies(launcher, true), 0,
                    0.5));
        }
        if (only.isEmpty() || only.contains("large-print")) {
            add.accept(largePrintInProcess());
        }
        if (only.isEmpty() || only.contains("jbake")) {
            jbakeSideBySide(launcher).forEach(add);
        }
        if (only.isEmpty()) {
            List<String> sizes = sizes(WORK.resolve("site"));
            writeResults(rows, sizes);
            System.out.println(Files.readString(REPO.resolve("bench/RESULTS.md")));
        }
    }

    /**
     * The large print alone: the English handbook's, laid out and saved in this process after two warm-up
     * rounds, median of 5. Whole-process timings cannot separate it from the card and the plan beside it.
     */
    private static Row largePrintInProcess() {
        org.backspasm.handbook.cli.Main.quietLibraries();
        try (org.backspasm.handbook.render.Renderer renderer = org.backspasm.handbook.render.Renderer.start()) {
            org.backspasm.handbook.build.Build.Options options = org.backspasm.handbook.build.Build.Options
                    .forProject(REPO).htmlOnly();
            org.backspasm.handbook.model.Handbook handbook = org.backspasm.handbook.build.Build.check(options,
                    List.of(java.util.Optional.empty()), renderer).get(0).handbook().orElseThrow();
            double[] times = new double[RUNS];
            for (int i = -2; i < RUNS; i++) {
                // A new renderer each time, so that its run-wide store of large prints cannot answer.
                try (org.backspasm.handbook.render.Renderer fresh = org.backspasm.handbook.render.Renderer.start()) {
                    org.backspasm.handbook.render.Templates templates = org.backspasm.handbook.TestProject
                            .englishTemplates(fresh);
                    fresh.card(handbook, templates, java.time.Instant.EPOCH, REPO.resolve("content"),
                            new org.backspasm.handbook.problem.ProblemList()).join();
                    long start = System.nanoTime();
                    fresh.largePrint(handbook, templates, java.time.Instant.EPOCH, REPO.resolve("content"),
                            new org.backspasm.handbook.problem.ProblemList()).join().orElseThrow();
                    if (i >= 0) {
                        times[i] = (System.nanoTime() - start) / 1e9;
                    }
                }
            }
            return row("Large print alone, English (in process, warm)", times, 0, 0);
        }
    }

    /**
     * JBake 2.7 and this tool, one after the other in this run, on the real handbook's 13 English pages, HTML
     * only. JBake runs in its own process with the classpath of bench/jbake/pom.xml (Maven resolves it), its
     * launcher baking copies of the pages with JBake's header in place of the front matter.
     */
    private static List<Row> jbakeSideBySide(String launcher) throws IOException, InterruptedException {
        Path site = WORK.resolve("jbake");
        copyTree(REPO.resolve("bench/jbake/site"), site);
        Files.createDirectories(site.resolve("content"));
        try (Stream<Path> pages = Files.list(REPO.resolve("content"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(page);
                java.util.regex.Matcher front = java.util.regex.Pattern.compile("(?s)\\A---\\n(.*?)\\n---\\n(.*)")
                        .matcher(text);
                if (!front.matches()) {
                    throw new IllegalStateException("no front matter in " + page);
                }
                String title = front.group(1).lines().filter(l -> l.startsWith("title:")).findFirst()
                        .orElseThrow().substring(6).strip().replaceAll("^\"|\"$", "");
                Files.writeString(site.resolve("content").resolve(page.getFileName()),
                        "title=" + title + "\ntype=page\nstatus=published\n~~~~~~\n" + front.group(2));
            }
        }
        Path classpath = WORK.resolve("jbake-classpath.txt");
        run("mvn", "-q", "-B", "-f", REPO.resolve("bench/jbake/pom.xml").toString(), "dependency:build-classpath",
                "-Dmdep.outputFile=" + classpath);
        Row jbake = measure("JBake 2.7, the same 13 English pages, HTML only", 0, 0, "java", "-cp",
                Files.readString(classpath).strip(), "org.jbake.launcher.Main", "-b", site.toString(),
                WORK.resolve("jbake-out").toString());
        long baked;
        try (Stream<Path> out = Files.list(WORK.resolve("jbake-out"))) {
            baked = out.filter(p -> p.toString().endsWith(".html")).count();
        }
        if (baked != 13) {
            throw new IllegalStateException("JBake baked " + baked + " pages, not 13");
        }
        Path english = generateLargeProject(0);
        Row ours = measure("This tool, the real handbook's 13 English pages, HTML only (beside JBake)", 0, 0,
                launcher, "build", "--project", english.toString(), "--html-only", "--output",
                WORK.resolve("beside-jbake").toString());
        deleteTree(english);
        return List.of(jbake, ours);
    }

    private static Row measure(String scenario, double target, int peakTargetMb, String... command)
            throws IOException, InterruptedException {
        run(command);
        double[] times = new double[RUNS];
        long peak = 0;
        for (int i = 0; i < RUNS; i++) {
            double[] result = run(command);
            times[i] = result[0];
            peak = Math.max(peak, (long) result[1]);
        }
        Row row = row(scenario, times, peak, target);
        return peakTargetMb == 0 ? row : new Row(row.scenario(), row.median(), row.min(), row.max(), row.peakMb(),
                row.target() + ", ≤ " + peakTargetMb + " MB", row.met() && row.peakMb() > 0
                && row.peakMb() <= peakTargetMb);
    }

    /** One run without a warm-up, for scenarios that take minutes. */
    private static Row measureOnce(String scenario, double target, String... command)
            throws IOException, InterruptedException {
        double[] result = run(command);
        return row(scenario, new double[] {result[0]}, (long) result[1], target);
    }

    private static Row row(String scenario, double[] times, long peakKb, double target) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        return new Row(scenario, median, sorted[0], sorted[sorted.length - 1], peakKb / 1024,
                target == 0 ? "–" : String.format(Locale.ROOT, "≤ %.1f s", target), target == 0 || median <= target);
    }

    private static String format(Row row) {
        return String.format(Locale.ROOT, "| %s | %.2f s | %.2f–%.2f s | %s | %s | %s |", row.scenario(),
                row.median(), row.min(), row.max(), row.peakMb() == 0 ? "–" : row.peakMb() + " MB", row.target(),
                row.target().equals("–") ? "–" : row.met() ? "yes" : "no");
    }

    /** Runs a command to the end: wall seconds, and peak resident memory in KB when GNU time is there. */
    private static double[] run(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            full.addAll(List.of(TIME.toString(), "-f", "BENCH %M"));
        }
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long start = System.nanoTime();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("failed (" + code + "): " + String.join(" ", command) + "\n" + err);
        }
        long peak = err.lines().filter(l -> l.startsWith("BENCH ")).mapToLong(l -> Long.parseLong(l.substring(6).strip()))
                .findFirst().orElse(0);
        return new double[] {seconds, peak};
    }

    private static Path generateProfiles(String folder, int count) throws IOException {
        Path dir = WORK.resolve(folder);
        Files.createDirectories(dir);
        Files.copy(REPO.resolve("content/clinics/example-logo.svg"), dir.resolve("logo.svg"));
        String example = Files.readString(REPO.resolve("content/clinics/example.yml"))
                .replace("logo: example-logo.svg", "logo: logo.svg");
        String[] regions = {"GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR", "IE", "US", "CA", "AU", "NZ", "EU", "ES"};
        for (int i = 1; i <= count; i++) {
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "clinic-%04d.yml", i)), example
                    .replace("name: Example Physiotherapy", "name: Example Physiotherapy " + i)
                    .replace("region: GB-ENG", "region: " + regions[i % regions.length]));
        }
        return dir;
    }

    /** The real handbook plus {@code count} generated pages that link to each other and to the start page. */
    private static Path generateLargeProject(int count) throws IOException {
        Path project = WORK.resolve("big-" + count);
        copyTree(REPO.resolve("content"), project.resolve("content"));
        copyTree(REPO.resolve("templates"), project.resolve("templates"));
        // The generated pages are English only, so this handbook has no translation.
        Path settings = project.resolve("content/handbook.yml");
        Files.writeString(settings, Files.readString(settings).replaceAll("(?m)^translations:.*\n", "")
                .replaceAll("(?m)^  es: .*\n", ""));
        deleteTree(project.resolve("content/es"));
        for (int i = 1; i <= count; i++) {
            // Titles in letters: a number such as 911 in a title would be another region's emergency number.
            StringBuilder page = new StringBuilder(String.format(Locale.ROOT,
                    "---%ntitle: Extra page %s%nsummary: A page made by the benchmark.%norder: %d%n---%n%n",
                    letters(i), 100 + i));
            for (int p = 0; p < 8; p++) {
                page.append("Move a little every day. Walk for a short time. Rest when you need to. ")
                        .append("Heat can help your back feel less stiff.\n\n");
            }
            page.append(String.format(Locale.ROOT, "## Next steps {#next}%n%nRead [the next page](extra-%04d.md#next), "
                    + "go [back to the start](index.md) or check [the danger signs](danger-signs.md#call-now).%n",
                    i % count + 1));
            Files.writeString(project.resolve(String.format(Locale.ROOT, "content/extra-%04d.md", i)), page);
        }
        return project;
    }

    /** 1 → b, 26 → ba: a page's number written in letters. */
    private static String letters(int number) {
        StringBuilder out = new StringBuilder();
        int rest = number;
        do {
            out.insert(0, (char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return out.toString();
    }

    /** Starts the preview, then edits a page (or a card line) 5 times and times each until it is served. */
    private static double[] previewLatencies(String launcher, boolean cardLine) throws Exception {
        Path project = WORK.resolve(cardLine ? "preview-card" : "preview-page");
        copyTree(REPO.resolve("content"), project.resolve("content"));
        copyTree(REPO.resolve("templates"), project.resolve("templates"));
        Process serve = new ProcessBuilder(launcher, "serve", "--project", project.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            int port = -1;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("Serving at http://127.0.0.1:")) {
                    port = Integer.parseInt(line.replaceAll(".*127\\.0\\.0\\.1:(\\d+)/.*", "$1"));
                    break;
                }
            }
            Thread drain = new Thread(() -> {
                try {
                    out.lines().forEach(l -> { });
                } catch (java.io.UncheckedIOException e) {
                    // the preview was stopped; nothing more to read
                }
            });
            drain.setDaemon(true);
            drain.start();
            HttpClient http = HttpClient.newHttpClient();
            Path file = project.resolve(cardLine ? "content/first-hour.md" : "content/first-days.md");
            String original = Files.readString(file);
            double[] times = new double[RUNS + 1];
            for (int i = 0; i <= RUNS; i++) {
                String marker = "Edit " + i + " of the benchmark";
                String edited = cardLine
                        ? original.replace("card: \"Stay calm. Most spasms are not serious.\"",
                                "card: \"Stay calm. " + marker + ".\"")
                        : original.replace("## How long it takes", marker + ".\n\n## How long it takes");
                String path = cardLine ? "/emergency-card-en-gb-eng.pdf" : "/first-days.html";
                long start = System.nanoTime();
                Files.writeString(file, edited);
                waitUntil(http, port, path, body -> body.contains(marker) || cardLine && pdfContains(body, marker));
                times[i] = (System.nanoTime() - start) / 1e9;
            }
            return Arrays.copyOfRange(times, 1, times.length);
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    private static boolean pdfContains(String body, String marker) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(body.getBytes(StandardCharsets.ISO_8859_1))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).contains(marker);
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitUntil(HttpClient http, int port, String path, Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (ready.test(new String(response.body(), StandardCharsets.ISO_8859_1))) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("preview never served the edit of " + path);
    }

    private static List<String> sizes(Path site) throws IOException {
        long css = Files.size(site.resolve("style.css"));
        Path largest;
        try (Stream<Path> files = Files.list(site)) {
            largest = files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("print.html"))
                    .max(Comparator.comparingLong(Benchmark::size)).orElseThrow();
        }
        long whole;
        try (Stream<Path> files = Files.walk(site)) {
            whole = files.filter(Files::isRegularFile).mapToLong(Benchmark::size).sum();
        }
        return List.of(
                sizeRow("Largest page + CSS (" + largest.getFileName() + ")", size(largest) + css, 20),
                sizeRow("print.html + CSS (the whole handbook on one page)", size(site.resolve("print.html")) + css, 0),
                sizeRow("Emergency card PDF", size(site.resolve("emergency-card-en-gb-eng.pdf")), 60),
                sizeRow("Prevention plan PDF", size(site.resolve("prevention-plan-en-gb-eng.pdf")), 150),
                sizeRow("Large-print handbook PDF", size(site.resolve("handbook-large-print-en-gb-eng.pdf")), 0),
                sizeRow("Whole site (with the zip)", whole, 0));
    }

    private static String sizeRow(String what, long bytes, int targetKb) {
        String target = targetKb == 0 ? "–" : "≤ " + targetKb + " KB";
        String met = targetKb == 0 ? "–" : bytes <= targetKb * 1024L ? "yes" : "no";
        return String.format(Locale.ROOT, "| %s | %.1f KB | %s | %s |", what, bytes / 1024.0, target, met);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeResults(List<Row> rows, List<String> sizes) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n")
                .append("Written by `mvn -q -DskipTests package exec:java@benchmark` on ").append(LocalDate.now())
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(". Whole processes, one warm-up run, then the ")
                .append("median of ").append(RUNS).append(" runs (rows marked one run: a single run). Peak memory is ")
                .append("the largest resident set GNU time saw.\n\n")
                .append("| scenario | median | min–max | peak memory | target | met |\n|---|---|---|---|---|---|\n");
        rows.forEach(row -> md.append(format(row)).append('\n'));
        rows.stream().filter(r -> r.scenario().startsWith("100 clinic")).findFirst().ifPresent(r -> md.append(
                String.format(Locale.ROOT, "%nPer clinic edition in the batch of 100: %.0f ms (target ≤ 100 ms).%n",
                        r.median() * 1000 / 100)));
        rows.stream().filter(r -> r.scenario().startsWith("1,000 clinic")).findFirst().ifPresent(r -> md.append(
                String.format(Locale.ROOT, "Per clinic edition in the batch of 1,000: %.0f ms.%n",
                        r.median() * 1000 / 1000)));
        Row[] peers = {null, null};
        rows.stream().filter(r -> r.scenario().startsWith("JBake")).findFirst().ifPresent(r -> peers[0] = r);
        rows.stream().filter(r -> r.scenario().contains("beside JBake")).findFirst().ifPresent(r -> peers[1] = r);
        if (peers[0] != null && peers[1] != null) {
            md.append(String.format(Locale.ROOT, "Beside JBake 2.7 on the same pages: this tool takes %.2f × JBake's "
                    + "time (%.2f s against %.2f s).%n", peers[1].median() / peers[0].median(), peers[1].median(),
                    peers[0].median()));
        }
        md.append("\n| output | size | target | met |\n|---|---|---|---|\n");
        sizes.forEach(s -> md.append(s).append('\n'));
        Files.writeString(REPO.resolve("bench/RESULTS.md"), md.toString());
    }

    private static void copyTree(Path from, Path to) {
        org.backspasm.handbook.TestProject.copyTree(from, to);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
