package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each language has an accessibility statement, linked from every page, that names what the build tests. */
class AccessibilityStatementTest {

    @TempDir
    Path temp;

    @Test
    void bothLanguagesHaveTheStatementLinkedFromEveryPageNamingWhatIsTestedAndHowToAskForAnotherFormat()
            throws IOException {
        Path site = Editions.buildGeneric(temp);
        for (Path folder : List.of(site, site.resolve("es"))) {
            String statement = Jsoup.parse(folder.resolve("accessibility.html").toFile(), "UTF-8").select("main").text();
            for (String tested : List.of("WCAG 2.2", "AA", "axe-core", "Nu HTML", "PDF/UA-1", "veraPDF")) {
                assertTrue(statement.contains(tested), folder + ": the statement names " + tested);
            }
            assertTrue(Jsoup.parse(folder.resolve("accessibility.html").toFile(), "UTF-8")
                    .getElementById("formats") != null, folder + ": how to ask for another format");
            try (Stream<Path> pages = Files.list(folder)) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                    assertEquals(1, Jsoup.parse(page.toFile(), "UTF-8")
                            .select("footer a[href=accessibility.html]").size(), page + " links to the statement");
                }
            }
        }
    }
}
