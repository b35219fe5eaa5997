package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backspasm.handbook.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --clinic DIR --shard K/N} on the command line, as a CI matrix runs it. */
class ShardBuildTest {

    @TempDir
    Path temp;

    /** The base handbook with five clinics, a.yml to e.yml, copies of the GB example. */
    private TestProject fiveClinics() throws IOException {
        TestProject project = TestProject.base(temp);
        TestProject.copyTree(TestProject.FIXTURES.resolve("clinics"), project.path("clinics"));
        Files.delete(project.path("clinics/us-physio.yml"));
        Path gb = project.path("clinics/gb-physio.yml");
        for (String id : List.of("a", "b", "c", "d", "e")) {
            Files.copy(gb, project.path("clinics/" + id + ".yml"));
        }
        Files.delete(gb);
        return project;
    }

    private static List<String> built(Path site) throws IOException {
        if (!Files.isDirectory(site)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(site)) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachShardBuildsItsPartAndTheShardsTogetherBuildEveryClinicOnce() throws IOException {
        TestProject project = fiveClinics();
        TestProject.Run second = project.run("build", "--html-only", "--clinic", project.path("clinics").toString(),
                "--shard", "2/2", "--output", project.path("site-2").toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().startsWith("Shard 2/2: 2 of 5 profiles."), second.out());
        assertEquals(List.of("b", "d"), built(project.path("site-2")));
        TestProject.Run first = project.run("build", "--html-only", "--clinic", project.path("clinics").toString(),
                "--shard", "1/2", "--output", project.path("site-1").toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(List.of("a", "c", "e"), built(project.path("site-1")));
    }

    @Test
    void aShardWithNothingToBuildSaysSoAndSucceeds() throws IOException {
        TestProject project = fiveClinics();
        TestProject.Run run = project.run("build", "--clinic", project.path("clinics").toString(), "--shard", "8/8");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Shard 8/8: 0 of 5 profiles; nothing to build.", run.out().strip());
        assertEquals(List.of(), built(project.path("site")));
    }

    @Test
    void checkTakesAShardToo() throws IOException {
        TestProject project = fiveClinics();
        TestProject.Run run = project.run("check", "--clinic", project.path("clinics").toString(), "--shard", "3/4");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("No problems found in 1 edition.", run.out().strip().lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void aShardWithoutClinicsOrWrittenWrongIsAUsageError() throws IOException {
        TestProject project = fiveClinics();
        TestProject.Run generic = project.run("build", "--shard", "1/2");
        assertEquals(Main.USAGE, generic.exitCode());
        assertEquals("handbook: --shard splits a batch of clinic profiles: give --clinic with a folder of profiles "
                + "too (see 'handbook --help')", generic.err().strip());
        TestProject.Run wrong = project.run("build", "--clinic", project.path("clinics").toString(), "--shard", "0/2");
        assertEquals(Main.USAGE, wrong.exitCode());
        assertTrue(wrong.err().contains("'0/2' is not a shard: write K/N with K from 1 to N"), wrong.err());
        assertEquals(List.of(), built(project.path("site")));
    }
}
