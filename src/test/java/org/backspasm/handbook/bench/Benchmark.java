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

    public static void main(String[] args) throws Exception {
        deleteTree(WORK);
        Files.createDirectories(WORK);
        List<Row> rows = new ArrayList<>();
        String launcher = REPO.resolve("bin/handbook").toString();
        String jar = REPO.resolve("target/back-spasm-handbook.jar").toString();

        rows.add(measure("Cold full build, real handbook in English and Spanish (bin/handbook)", 1.0,
                launcher, "build", "--project", REPO.toString(), "--output", WORK.resolve("site").toString()));
        rows.add(measure("Cold full build, real handbook in English and Spanish (plain java -jar)", 1.0,
                "java", "-jar", jar, "build", "--project", REPO.toString(), "--output", WORK.resolve("site-jar").toString()));

        Path clinics = generateProfiles(100);
        Row editions = measure("100 clinic editions in one run (both PDFs each)", 10.0,
                launcher, "build", "--project", REPO.toString(), "--clinic", clinics.toString(),
                "--output", WORK.resolve("editions").toString());
        rows.add(editions);

        Path big = generateLargeProject(1000);
        rows.add(measure("1,000 pages, HTML only", 2.0, launcher, "build", "--project", big.toString(), "--html-only",
                "--output", WORK.resolve("big-html").toString()));
        rows.add(measure("1,000 pages, full (with both PDFs and the zip)", 2.0, launcher, "build", "--project",
                big.toString(), "--output", WORK.resolve("big-full").toString()));

        double[] page = previewLatencies(launcher, false);
        rows.add(row("Preview: edited page served fresh after the save", page, 0, 0.2));
        double[] card = previewLatencies(launcher, true);
        rows.add(row("Preview: edited card line in the served card PDF", card, 0, 0.5));

        List<String> sizes = sizes(WORK.resolve("site"));
        writeResults(rows, sizes, editions);
        System.out.println(Files.readString(REPO.resolve("bench/RESULTS.md")));
    }

    private static Row measure(String scenario, double target, String... command) throws IOException, InterruptedException {
        run(command);
        double[] times = new double[RUNS];
        long peak = 0;
        for (int i = 0; i < RUNS; i++) {
            double[] result = run(command);
            times[i] = result[0];
            peak = Math.max(peak, (long) result[1]);
        }
        return row(scenario, times, peak, target);
    }

    private static Row row(String scenario, double[] times, long peakKb, double target) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        return new Row(scenario, median, sorted[0], sorted[sorted.length - 1], peakKb / 1024,
                String.format(Locale.ROOT, "≤ %.1f s", target), median <= target);
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

    private static Path generateProfiles(int count) throws IOException {
        Path dir = WORK.resolve("clinics");
        Files.createDirectories(dir);
        Files.copy(REPO.resolve("content/clinics/example-logo.svg"), dir.resolve("logo.svg"));
        String example = Files.readString(REPO.resolve("content/clinics/example.yml"))
                .replace("logo: example-logo.svg", "logo: logo.svg");
        String[] regions = {"GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR", "IE", "US", "CA", "AU", "NZ", "EU", "ES"};
        for (int i = 1; i <= count; i++) {
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "clinic-%03d.yml", i)), example
                    .replace("name: Example Physiotherapy", "name: Example Physiotherapy " + i)
                    .replace("region: GB-ENG", "region: " + regions[i % regions.length]));
        }
        return dir;
    }

    /** The real handbook plus {@code count} generated pages that link to each other and to the start page. */
    private static Path generateLargeProject(int count) throws IOException {
        Path project = WORK.resolve("big");
        copyTree(REPO.resolve("content"), project.resolve("content"));
        copyTree(REPO.resolve("templates"), project.resolve("templates"));
        // The generated pages are English only, so this handbook has no translation.
        Path settings = project.resolve("content/handbook.yml");
        Files.writeString(settings, Files.readString(settings).replaceAll("(?m)^translations:.*\n", ""));
        for (int i = 1; i <= count; i++) {
            StringBuilder page = new StringBuilder(String.format(Locale.ROOT,
                    "---%ntitle: Extra page %d%nsummary: A page made by the benchmark.%norder: %d%n---%n%n", i, 100 + i));
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

    private static void writeResults(List<Row> rows, List<String> sizes, Row editions) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n")
                .append("Written by `mvn -q -DskipTests package exec:java@benchmark` on ").append(LocalDate.now())
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(". Whole processes, one warm-up run, then the ")
                .append("median of ").append(RUNS).append(" runs. Peak memory is the largest resident set GNU time saw.\n\n")
                .append("| scenario | median | min–max | peak memory | target | met |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f s | %.2f–%.2f s | %s | %s | %s |%n", row.scenario(),
                    row.median(), row.min(), row.max(), row.peakMb() == 0 ? "–" : row.peakMb() + " MB", row.target(),
                    row.met() ? "yes" : "no"));
        }
        md.append(String.format(Locale.ROOT, "%nPer clinic edition in the batch: %.0f ms (target ≤ 100 ms).%n%n",
                editions.median() * 1000 / 100));
        md.append("| output | size | target | met |\n|---|---|---|---|\n");
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
