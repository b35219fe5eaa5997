package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The README's Quick start build fetches only what the build needs: every test library sits in the profile that
 * {@code -Dhandbook.tool} leaves out, and the launcher the README names builds the tool with that property.
 */
class QuickStartTest {

    private static Document pom() throws IOException {
        return Jsoup.parse(Files.readString(TestProject.REPO.resolve("pom.xml")), "", Parser.xmlParser());
    }

    @Test
    void everyTestLibraryIsInTheProfileThatTheToolBuildLeavesOut() throws IOException {
        Document pom = pom();
        List<String> mainTestScoped = pom.select("project > dependencies > dependency").stream()
                .filter(d -> d.select("> scope").text().equals("test"))
                .map(d -> d.select("> artifactId").text()).toList();
        assertEquals(List.of(), mainTestScoped, "test libraries outside the tests profile are fetched by bin/handbook");
        Element tests = pom.select("project > profiles > profile").stream()
                .filter(p -> p.select("> id").text().equals("tests")).findFirst().orElseThrow();
        assertEquals("!handbook.tool", tests.select("> activation > property > name").text());
        List<String> inProfile = tests.select("> dependencies > dependency").stream()
                .map(d -> d.select("> scope").text()).distinct().toList();
        assertEquals(List.of("test"), inProfile, "only test libraries are left out of the tool");
        assertTrue(tests.select("> dependencies > dependency > artifactId").eachText().containsAll(List.of(
                "junit-jupiter", "selenium-java", "validator", "jazzer-junit")));
    }

    @Test
    void theReadmesBuildCommandIsTheLauncherAndTheLauncherLeavesTheTestsOut() throws IOException {
        String readme = Files.readString(TestProject.REPO.resolve("README.md"));
        String quickStart = readme.substring(readme.indexOf("## Quick start"), readme.indexOf("Run all tests"));
        assertTrue(quickStart.contains("```\nbin/handbook build\n```"), quickStart);
        String launcher = Files.readString(TestProject.REPO.resolve("bin/handbook"));
        assertTrue(launcher.contains("mvn -q -B -Dhandbook.tool -Dmaven.test.skip=true package"), launcher);
        assertTrue(Files.isExecutable(TestProject.REPO.resolve("bin/handbook")));
    }
}
