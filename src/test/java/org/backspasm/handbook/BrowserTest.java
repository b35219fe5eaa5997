package org.backspasm.handbook;

import java.util.Optional;
import org.backspasm.handbook.render.Renderer;
import org.backspasm.handbook.build.Build;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.backspasm.handbook.model.Handbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Every page of the generic edition and of a clinic edition, opened from disk in Debian's Chromium.
 * Skipped when Chromium is not installed, unless HANDBOOK_REQUIRE_BROWSER=true (set by .ci/run) makes it required.
 */
class BrowserTest {

    /** One renderer for the whole test class, as one command has. */
    private static final Renderer RENDERER = TestProject.renderer();

    /** Debian's paths; -Dhandbook.chromium and -Dhandbook.chromedriver point elsewhere. */
    static final Path CHROMIUM = Path.of(System.getProperty("handbook.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("handbook.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = TestProject.REPO.resolve("target/screenshots");
    static final Path DEFECTS = TestProject.FIXTURES.resolve("browser-defects");

    @TempDir
    static Path temp;
    static List<Path> editions;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String message = "Chromium is not installed (apt-get install chromium chromium-driver): browser tests skipped";
            if ("true".equals(System.getenv("HANDBOOK_REQUIRE_BROWSER"))) {
                fail(message.replace("skipped", "required by HANDBOOK_REQUIRE_BROWSER=true"));
            }
            System.err.println(message);
            Assumptions.abort(message);
        }
        editions = Editions.buildGenericAndClinic(temp);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + temp.resolve("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void plainScreen() {
        BrowserChecks.media(driver, "", "no-preference");
        BrowserChecks.viewport(driver, 360, 740);
    }

    static List<Path> pages(Path edition) throws IOException {
        try (Stream<Path> files = Files.list(edition)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageFitsPhoneAndDesktopWithoutNetworkOrConsoleErrors() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path edition : editions) {
            for (int[] size : new int[][] {{360, 740}, {1280, 800}}) {
                BrowserChecks.viewport(driver, size[0], size[1]);
                for (Path page : pages(edition)) {
                    BrowserChecks.open(driver, page);
                    String where = edition.getFileName() + "/" + page.getFileName() + " at " + size[0] + " px: ";
                    BrowserChecks.horizontalScroll(driver).forEach(p -> problems.add(where + p));
                    BrowserChecks.networkRequests(driver).forEach(p -> problems.add(where + p));
                    BrowserChecks.consoleErrors(driver).forEach(p -> problems.add(where + p));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPageOfEveryEditionReflowsAt320PxEvenAtTwiceTheTextSize() throws IOException {
        // Every edition, both languages, and the one with long unbroken emails, addresses and names.
        List<String> problems = new ArrayList<>();
        BrowserChecks.viewport(driver, 320, 740);
        for (Path edition : editions) {
          for (Path page : pages(edition)) {
            for (String zoom : List.of("100%", "200%")) {
                BrowserChecks.open(driver, page);
                driver.executeScript("document.documentElement.style.fontSize = arguments[0];", zoom.equals("100%")
                        ? "" : "225%");
                String where = edition.getFileName() + "/" + page.getFileName() + " at 320 px, text " + zoom + ": ";
                BrowserChecks.horizontalScroll(driver).forEach(p -> problems.add(where + p));
                BrowserChecks.overflowing(driver).forEach(p -> problems.add(where + p));
                BrowserChecks.textOutsideButtons(driver).forEach(p -> problems.add(where + p));
                if (zoom.equals("200%")) {
                    BrowserChecks.screenshot(driver, 320, SCREENSHOTS.resolve("text-200").resolve(
                            edition.getFileName().toString()).resolve(page.getFileName() + "-320.png"));
                    BrowserChecks.viewport(driver, 320, 740);
                }
            }
          }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPageHasNoAxeViolationsForWcag22Aa() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path edition : editions) {
            for (Path page : pages(edition)) {
                BrowserChecks.open(driver, page);
                BrowserChecks.axeViolations(driver)
                        .forEach(p -> problems.add(edition.getFileName() + "/" + page.getFileName() + ": " + p));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void breathingGuideMovesOnlyWhileStartedAndAtTheSettingsRhythm() {
        Handbook handbook = Build.check(Build.Options.forProject(TestProject.REPO), List.of(Optional.empty()), RENDERER).get(0).handbook().orElseThrow();
        long cycleMs = handbook.settings().breathing().cycleSeconds() * 1000L;
        BrowserChecks.open(driver, editions.get(0).resolve("first-hour.html"));
        assertEquals(List.of(), BrowserChecks.animations(driver), "nothing moves when the page opens");
        BrowserChecks.toggleBreathing(driver);
        List<String> running = BrowserChecks.animations(driver);
        assertEquals(List.of("breathe-circle:" + cycleMs, "breathe-in-label:" + cycleMs, "breathe-out-label:" + cycleMs),
                running.stream().sorted().toList());
        BrowserChecks.toggleBreathing(driver);
        assertEquals(List.of(), BrowserChecks.animations(driver), "stopping stops every animation");
    }

    @Test
    void withReducedMotionNothingMovesOrScalesAndTheRhythmStaysAsText() {
        BrowserChecks.media(driver, "", "reduce");
        BrowserChecks.open(driver, editions.get(0).resolve("first-hour.html"));
        BrowserChecks.toggleBreathing(driver);
        assertEquals(List.of(), BrowserChecks.animations(driver));
        assertEquals("none", driver.executeScript(
                "return getComputedStyle(document.querySelector('.breathe-circle')).transform;"));
        assertTrue((Boolean) driver.executeScript(
                "return document.querySelector('.breathe-text').checkVisibility();"), "rhythm as text");
    }

    @Test
    void inPrintNavigationIsHiddenAndAllContentShows() throws IOException {
        BrowserChecks.media(driver, "print", "no-preference");
        List<String> problems = new ArrayList<>();
        for (Path edition : editions) {
            for (Path page : pages(edition)) {
                BrowserChecks.open(driver, page);
                BrowserChecks.printProblems(driver)
                        .forEach(p -> problems.add(edition.getFileName() + "/" + page.getFileName() + ": " + p));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void screenshotsOfEveryPageAt360PxAndEveryPdfPageForAPersonToLookAt() throws IOException {
        for (Path edition : editions) {
            Path out = SCREENSHOTS.resolve(edition.getFileName().toString());
            for (Path page : pages(edition)) {
                BrowserChecks.viewport(driver, 360, 740);
                BrowserChecks.open(driver, page);
                BrowserChecks.screenshot(driver, 360, out.resolve(page.getFileName() + "-360.png"));
                // Each picture on its own, as a reader sees it at phone width.
                List<org.openqa.selenium.WebElement> figures = driver.findElements(
                        org.openqa.selenium.By.cssSelector("main figure.figure"));
                for (int i = 0; i < figures.size(); i++) {
                    Path shot = out.resolve("figures").resolve(page.getFileName() + "-" + (i + 1) + ".png");
                    Files.createDirectories(shot.getParent());
                    Files.write(shot, figures.get(i).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                }
            }
            for (String pdf : SiteChecks.pdfNames(edition)) {
                try (PDDocument document = Loader.loadPDF(edition.resolve(pdf).toFile())) {
                    PDFRenderer renderer = new PDFRenderer(document);
                    for (int i = 0; i < document.getNumberOfPages(); i++) {
                        ImageIO.write(renderer.renderImageWithDPI(i, 72), "png",
                                out.resolve(pdf + "-" + (i + 1) + ".png").toFile());
                    }
                }
            }
            try (Stream<Path> shots = Files.list(out)) {
                assertTrue(shots.count() >= pages(edition).size() + 3, "a screenshot per page and PDF page");
            }
        }
    }

    @Test
    void inDarkModeTheDrawingsTurnLightOnTheDarkPageWithNoWhiteBox() {
        Path page = editions.get(0).resolve("gentle-movements.html");
        BrowserChecks.viewport(driver, 360, 740);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            BrowserChecks.open(driver, page);
            Object styles = driver.executeScript("var img = document.querySelector('main figure img');"
                    + "var s = getComputedStyle(img), f = getComputedStyle(img.closest('figure'));"
                    + "return [s.filter, s.backgroundColor, f.backgroundColor, getComputedStyle(document.body).backgroundColor];");
            List<?> values = (List<?>) styles;
            assertTrue(values.get(0).toString().contains("invert(1)"), "the drawing is inverted: " + values);
            assertEquals("rgba(0, 0, 0, 0)", values.get(1), "no box behind the drawing: " + values);
            assertEquals("rgba(0, 0, 0, 0)", values.get(2), "no box behind the figure: " + values);
            assertEquals("rgb(18, 20, 22)", values.get(3), "the page is dark: " + values);
            BrowserChecks.screenshot(driver, 360, SCREENSHOTS.resolve("dark-gentle-movements.html-360.png"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
        }
    }

    private void emulate(String feature, String value) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                List.of(java.util.Map.of("name", feature, "value", value))));
    }

    private void stopEmulating() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
    }

    @Test
    void inForcedColoursTheButtonsKeepAnOutlineAndTheBreathingCircleStaysVisible() {
        List<String> problems = new ArrayList<>();
        BrowserChecks.viewport(driver, 360, 740);
        emulate("forced-colors", "active");
        try {
            for (Path edition : List.of(editions.get(0), editions.get(1))) {
                BrowserChecks.open(driver, edition.resolve("index.html"));
                for (String selector : List.of("a.call", "a.danger-link", ".step-links a")) {
                    List<?> border = (List<?>) driver.executeScript("const s = getComputedStyle(document.querySelector("
                            + "arguments[0])); return [s.borderTopStyle, s.borderTopWidth, s.borderTopColor];", selector);
                    if (!border.get(0).equals("solid") || Double.parseDouble(border.get(1).toString().replace("px", "")) < 2
                            || border.get(2).toString().contains("0, 0, 0, 0")) {
                        problems.add(edition.getFileName() + " " + selector + ": " + border);
                    }
                }
                BrowserChecks.screenshot(driver, 360, SCREENSHOTS.resolve("forced-colours")
                        .resolve(edition.getFileName() + "-index.html-360.png"));
                BrowserChecks.viewport(driver, 360, 740);
                BrowserChecks.open(driver, edition.resolve("first-hour.html"));
                driver.executeScript("document.getElementById('breathe-toggle').click();");
                List<?> circle = (List<?>) driver.executeScript("const s = getComputedStyle(document.querySelector("
                        + "'.breathe-circle')); return [s.borderTopStyle, s.borderTopWidth, s.borderTopColor,"
                        + " getComputedStyle(document.body).backgroundColor];");
                if (!circle.get(0).equals("solid") || circle.get(1).equals("0px") || circle.get(2).equals(circle.get(3))
                        || circle.get(2).toString().contains("0, 0, 0, 0")) {
                    problems.add(edition.getFileName() + " breathing circle has no ring of its own: " + circle);
                }
                BrowserChecks.screenshot(driver, 360, SCREENSHOTS.resolve("forced-colours")
                        .resolve(edition.getFileName() + "-first-hour.html-360.png"));
                BrowserChecks.viewport(driver, 360, 740);
            }
        } finally {
            stopEmulating();
        }
        assertEquals(List.of(), problems);
    }

    /** The contrast of two CSS colours, rgb(…) or #rrggbb, by WCAG's formula. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        String c = colour.strip();
        int[] rgb = new int[3];
        if (c.startsWith("#")) {
            for (int i = 0; i < 3; i++) {
                rgb[i] = Integer.parseInt(c.substring(1 + 2 * i, 3 + 2 * i), 16);
            }
        } else {
            String[] parts = c.replaceAll("[^0-9,.]", "").split(",");
            for (int i = 0; i < 3; i++) {
                rgb[i] = (int) Double.parseDouble(parts[i]);
            }
        }
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            linear[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    @Test
    void theFocusRingHasAtLeast3To1AgainstEveryBackgroundItSitsOnInLightAndDark() {
        List<String> problems = new ArrayList<>();
        BrowserChecks.viewport(driver, 360, 740);
        for (String scheme : List.of("light", "dark")) {
            emulate("prefers-color-scheme", scheme);
            try {
                BrowserChecks.open(driver, editions.get(0).resolve("index.html"));
                new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
                List<?> found = (List<?>) driver.executeScript("const a = document.activeElement, s = getComputedStyle(a),"
                        + " r = getComputedStyle(document.documentElement);"
                        + "return [a.tagName, s.outlineStyle, s.outlineColor, r.getPropertyValue('--bg'),"
                        + " r.getPropertyValue('--panel'), r.getPropertyValue('--danger-bg'), r.getPropertyValue('--amber-bg')];");
                if (!found.get(1).equals("solid")) {
                    problems.add(scheme + ": no focus ring on " + found);
                    continue;
                }
                for (Object background : found.subList(3, 7)) {
                    double ratio = contrast(found.get(2).toString(), background.toString());
                    if (ratio < 3) {
                        problems.add(scheme + ": focus ring " + found.get(2) + " on " + background + " is "
                                + String.format(java.util.Locale.ROOT, "%.2f", ratio) + ":1");
                    }
                }
            } finally {
                stopEmulating();
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(contrast("#ffbf47", "#ffffff") < 3, "the old ring on white fails the same sum");
    }

    @Test
    void printedPagesHaveNoNearlyEmptyPageAndPrintHtmlStartsWithTheEmergencyNumber() throws IOException {
        List<String> problems = new ArrayList<>();
        Path out = SCREENSHOTS.resolve("print");
        Files.createDirectories(out);
        for (Path edition : List.of(editions.get(0), editions.get(1))) {
            for (String name : List.of("first-hour.html", "danger-signs.html", "print.html")) {
                BrowserChecks.open(driver, edition.resolve(name));
                java.util.Map<String, Object> printed = driver.executeCdpCommand("Page.printToPDF",
                        java.util.Map.of("printBackground", false, "preferCSSPageSize", true));
                byte[] pdf = java.util.Base64.getDecoder().decode((String) printed.get("data"));
                String shot = edition.getFileName() + "-" + name;
                Files.write(out.resolve(shot + ".pdf"), pdf);
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    PDFRenderer renderer = new PDFRenderer(document);
                    for (int page = 1; page <= document.getNumberOfPages(); page++) {
                        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                        stripper.setStartPage(page);
                        stripper.setEndPage(page);
                        String text = stripper.getText(document);
                        long lines = text.lines().filter(l -> !l.isBlank()).count();
                        if (lines < 2) {
                            problems.add(shot + " page " + page + " holds " + lines + " line(s): " + text.strip());
                        }
                        if (name.equals("print.html") && page == 1) {
                            String number = edition.getFileName().toString().equals("es") ? "112" : "999";
                            if (!text.contains(number)) {
                                problems.add(shot + ": the emergency number " + number + " is not on page 1");
                            }
                        }
                        if (page <= 3) {
                            ImageIO.write(renderer.renderImageWithDPI(page - 1, 50), "png",
                                    out.resolve(shot + "-" + page + ".png").toFile());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    // Each check is shown to catch the defect it exists for.

    @Test
    void anOverflowingElementIsCaught() {
        BrowserChecks.open(driver, DEFECTS.resolve("overflow.html"));
        assertFalse(BrowserChecks.horizontalScroll(driver).isEmpty());
    }

    @Test
    void textRunningOutOfItsButtonIsCaught() {
        BrowserChecks.open(driver, DEFECTS.resolve("button-overflow.html"));
        assertEquals(1, BrowserChecks.textOutsideButtons(driver).size(), BrowserChecks.textOutsideButtons(driver).toString());
    }

    @Test
    void aNetworkRequestIsCaught() {
        BrowserChecks.open(driver, DEFECTS.resolve("network.html"));
        assertTrue(BrowserChecks.networkRequests(driver).stream().anyMatch(r -> r.contains("127.0.0.1")));
    }

    @Test
    void aConsoleErrorIsCaught() {
        BrowserChecks.open(driver, DEFECTS.resolve("console-error.html"));
        assertFalse(BrowserChecks.consoleErrors(driver).isEmpty());
    }

    @Test
    void aMissingAltIsCaughtByAxe() {
        BrowserChecks.open(driver, DEFECTS.resolve("missing-alt.html"));
        assertTrue(BrowserChecks.axeViolations(driver).stream().anyMatch(v -> v.startsWith("axe image-alt")),
                BrowserChecks.axeViolations(driver).toString());
    }

    @Test
    void anAnimationRunningOnOpenIsCaught() {
        BrowserChecks.open(driver, DEFECTS.resolve("animation-on-open.html"));
        assertFalse(BrowserChecks.animations(driver).isEmpty());
    }

    @Test
    void navigationInPrintAndCollapsedContentAreCaught() {
        BrowserChecks.media(driver, "print", "no-preference");
        BrowserChecks.open(driver, DEFECTS.resolve("print-collapsed.html"));
        List<String> problems = BrowserChecks.printProblems(driver);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("navigation shows")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("collapsed")), problems.toString());
    }

}
