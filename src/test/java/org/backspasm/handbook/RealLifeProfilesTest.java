package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clinic data as clinics really write it (issue 14), built on the real handbook: long names, long unbroken
 * addresses, numbers with (0) and extensions, a JPEG and a wide PNG logo, on A4 and on Letter.
 */
class RealLifeProfilesTest {

    private static final Path PROFILES = TestProject.FIXTURES.resolve("clinics-real-life");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // profile,            tel: link on the start page,  the number as shown,          logo as published
        "long-physio,          tel:+61298765432;ext=204,     (02) 9876 5432 ext. 204,      clinic-logo.svg",
        "long-name-ie,         tel:+35312345678,             (01) 234 5678,                clinic-logo.jpg",
        "short-name-us-letter, tel:+14155550134;ext=12,      (415) 555-0134 ext. 12,       clinic-logo.png"})
    void aRealLifeProfileBuildsWithDialableNumbersItsOwnLogoAndACardOnOnePage(String profile, String tel,
                                                                             String shown, String logo)
            throws IOException {
        Path site = temp.resolve("site");
        TestProject.Run run = TestProject.Run.of("build", "--project", TestProject.REPO.toString(), "--output",
                site.toString(), "--clinic", PROFILES.resolve(profile + ".yml").toString());
        assertEquals(0, run.exitCode(), run.err());
        Path edition = site.resolve(profile);
        String start = Files.readString(edition.resolve("index.html"));
        assertTrue(start.contains("href=\"" + tel + "\""), profile + ": the clinic's call link is " + tel);
        // Shown in the country's own format, with no-break spaces so that the number never splits; an extension
        // may go to the next line on a narrow screen.
        assertTrue(start.contains(shown.replace(' ', '\u00a0').replace("\u00a0ext.", " ext.")),
                profile + ": shown as " + shown);
        assertTrue(Files.isRegularFile(edition.resolve(logo)), profile + ": the logo is published as " + logo);
        String info = new String(new ProcessBuilder("pdfinfo", SiteChecks.card(edition).toString()).start()
                .getInputStream().readAllBytes());
        assertTrue(info.contains("Pages:           1"), profile + ": " + info);
    }

    @Test
    void theLongNameOnLetterPaperWithNoShortNameIsBlamedOnTheProfileWithAShortNameToUse() throws IOException {
        Path clinics = temp.resolve("clinics");
        TestProject.copyTree(PROFILES, clinics);
        TestProject.Run run = TestProject.Run.of("check", "--project", TestProject.REPO.toString(), "--clinic",
                clinics.resolve("long-name-us-letter.yml").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(clinics.resolve("long-name-us-letter.yml") + ":2: the emergency card runs onto 2 pages; "
                + "the clinic's name (74 characters) takes extra lines at its top: add a short_name of at most 40 "
                + "characters to this profile, e.g. short_name: \"St. Mary's Physiotherapy & Sports Injury\"",
                "1 problem in the edition of long-name-us-letter.yml; fix them and run check again."), run.errLines());
    }
}
