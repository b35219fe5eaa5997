package org.backspasm.handbook;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Checks only a real browser can make, on the page the driver has open. Each returns what it found wrong,
 * so tests assert an empty list on the handbook and a non-empty one on a page built to fail.
 */
final class BrowserChecks {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private BrowserChecks() {
    }

    /** Sets the viewport as a phone or a desktop would have it. */
    static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Emulates a media type ("print" or "") and reduced motion ("reduce" or "no-preference"). */
    static void media(ChromeDriver driver, String type, String motion) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", type,
                "features", List.of(Map.of("name", "prefers-reduced-motion", "value", motion))));
    }

    /** Opens a file and forgets the logs of earlier pages. */
    static void open(ChromeDriver driver, Path file) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.get(file.toUri().toString());
    }

    static List<String> horizontalScroll(ChromeDriver driver) {
        Object widths = driver.executeScript("return [document.documentElement.scrollWidth, "
                + "document.documentElement.clientWidth];");
        List<?> w = (List<?>) widths;
        long scroll = ((Number) w.get(0)).longValue();
        long client = ((Number) w.get(1)).longValue();
        return scroll > client ? List.of("scrolls sideways: content " + scroll + " px wide in a " + client + " px viewport")
                : List.of();
    }

    /**
     * The elements and runs of text that reach past the viewport's right edge (outside boxes that scroll on their
     * own, such as wide tables), as tag, class and the start of their text.
     */
    static List<String> overflowing(ChromeDriver driver) {
        Object found = driver.executeScript("const width = document.documentElement.clientWidth; const out = [];"
                + "const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {"
                + " const x = getComputedStyle(p).overflowX; if (x === 'auto' || x === 'scroll') { return true; } }"
                + " return false; };"
                + "for (const e of document.body.querySelectorAll('*')) { const r = e.getBoundingClientRect();"
                + " if (scrolls(e)) { continue; }"
                + " if (r.width > 0 && r.right > width + 0.5) { out.push(e.tagName.toLowerCase() + '.' + e.className"
                + " + ' (' + Math.round(r.right) + ' px): ' + (e.textContent || '').trim().slice(0, 40)); } }"
                + "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); const range = document.createRange();"
                + "for (let t = walker.nextNode(); t; t = walker.nextNode()) { if (!t.textContent.trim() || scrolls(t)) { continue; }"
                + " range.selectNodeContents(t); const r = range.getBoundingClientRect();"
                + " if (r.width > 0 && r.right > width + 0.5) { out.push('text in ' + t.parentElement.tagName.toLowerCase()"
                + " + '.' + t.parentElement.className + ' (' + Math.round(r.right) + ' px): ' + t.textContent.trim().slice(0, 40)); } }"
                + "return out;");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    /**
     * Buttons (links, labels and summaries drawn with a border or a background) whose text runs outside their
     * box, as "Llame al 999" did out of its red button at 200 % text.
     */
    static List<String> textOutsideButtons(ChromeDriver driver) {
        Object found = driver.executeScript("const out = [];"
                + "for (const e of document.querySelectorAll('a, label, summary, button')) {"
                + " const s = getComputedStyle(e); if (s.display === 'none' || s.display === 'inline') { continue; }"
                + " const boxed = parseFloat(s.borderTopWidth) > 0 || (s.backgroundColor !== 'rgba(0, 0, 0, 0)'"
                + "   && s.backgroundColor !== 'transparent');"
                + " if (!boxed) { continue; }"
                + " if (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1) {"
                + "  out.push(e.tagName.toLowerCase() + '.' + e.className + ' (' + e.scrollWidth + ' in ' + e.clientWidth"
                + "  + ' px): ' + (e.textContent || '').trim().slice(0, 40)); } }"
                + "return out;");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    /** Every request the page made to a scheme other than file:, from Chromium's network log. */
    static List<String> networkRequests(ChromeDriver driver) {
        List<String> requests = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("\"Network.requestWillBeSent\"")) {
                int at = message.indexOf("\"url\":\"", message.indexOf("\"request\":"));
                String url = message.substring(at + 7, message.indexOf('"', at + 7));
                if (!url.startsWith("file:")) {
                    requests.add("requested " + url);
                }
            }
        }
        return requests;
    }

    static List<String> consoleErrors(ChromeDriver driver) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add("console error: " + entry.getMessage());
            }
        }
        return errors;
    }

    /** axe-core with the WCAG 2.2 AA tags: each violated rule with the elements that break it. */
    static List<String> axeViolations(ChromeDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<String> targets = rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
            violations.add("axe " + rule.getId() + ": " + rule.getHelp() + " " + targets);
        }
        if (results.isErrored()) {
            violations.add("axe failed: " + results.getErrorMessage());
        }
        return violations;
    }

    /** The names and durations (ms) of the animations running now. */
    static List<String> animations(ChromeDriver driver) {
        Object names = driver.executeScript("return document.getAnimations().map(a => "
                + "a.animationName + ':' + a.effect.getTiming().duration);");
        return ((List<?>) names).stream().map(String::valueOf).toList();
    }

    /** Clicks the breathing guide's start/stop control, as a reader would. */
    static void toggleBreathing(ChromeDriver driver) {
        driver.findElement(By.cssSelector("label[for=breathe-toggle]")).click();
    }

    /** In print media: navigation that still shows, and text left hidden or collapsed. */
    static List<String> printProblems(ChromeDriver driver) {
        Object found = driver.executeScript("""
                const problems = [];
                for (const nav of document.querySelectorAll('header.top, nav.pager, nav.topics, .footer-links')) {
                  if (getComputedStyle(nav).display !== 'none') problems.push('navigation shows in print: ' + nav.className);
                }
                for (const d of document.querySelectorAll('details:not([open])')) problems.push('collapsed: ' + d.textContent.trim().slice(0, 40));
                for (const el of document.querySelectorAll('main p, main li, main h1, main h2, main h3, main td')) {
                  if (el.closest('nav, .breathe-visual, .breathe-control')) continue;
                  if (el.textContent.trim() && !el.checkVisibility()) problems.push('hidden in print: ' + el.textContent.trim().slice(0, 40));
                }
                return problems;""");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    /** A full-length screenshot of the open page at its current width. */
    static void screenshot(ChromeDriver driver, int width, Path file) {
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
        viewport(driver, width, (int) Math.min(height, 16000));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
