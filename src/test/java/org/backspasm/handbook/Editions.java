package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the editions the browser and validator tests look at: the generic one, its Spanish translation, a GB
 * clinic's, and a Spanish clinic's.
 */
final class Editions {

    private Editions() {
    }

    /** The real handbook's generic editions, built into {@code temp/site}; {@code temp/site/es} is the Spanish. */
    static Path buildGeneric(Path temp) {
        Path site = temp.resolve("site");
        TestProject.Run run = TestProject.Run.of("build", "--project", TestProject.REPO.toString(), "--output",
                site.toString());
        assertEquals(0, run.exitCode(), run.err());
        return site;
    }

    static List<Path> buildGenericAndClinic(Path temp) throws IOException {
        Path generic = temp.resolve("generic");
        TestProject.Run run = TestProject.Run.of("build", "--project", TestProject.REPO.toString(), "--output",
                generic.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path clinics = temp.resolve("clinics");
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics"), clinics);
        ClinicEditionTest.writePngLogo(clinics.resolve("lakeside-logo.png"));
        java.nio.file.Files.writeString(clinics.resolve("es-physio.yml"), java.nio.file.Files.readString(
                clinics.resolve("us-physio.yml")) + "language: es\n");
        run = TestProject.Run.of("build", "--project", TestProject.REPO.toString(), "--output",
                temp.resolve("clinic-site").toString(), "--clinic", clinics.resolve("gb-physio.yml").toString(),
                "--clinic", clinics.resolve("es-physio.yml").toString());
        assertEquals(0, run.exitCode(), run.err());
        return List.of(generic, generic.resolve("es"), temp.resolve("clinic-site/gb-physio"),
                temp.resolve("clinic-site/es-physio"), realLife(temp));
    }

    /** A clinic whose data is as real clinics write it: long unbroken email and web addresses, a long name. */
    static Path realLife(Path temp) {
        Path clinics = temp.resolve("clinics-real-life");
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics-real-life"), clinics);
        TestProject.Run run = TestProject.Run.of("build", "--project", TestProject.REPO.toString(), "--output",
                temp.resolve("real-life-site").toString(), "--clinic", clinics.resolve("long-physio.yml").toString());
        assertEquals(0, run.exitCode(), run.err());
        return temp.resolve("real-life-site/long-physio");
    }
}
