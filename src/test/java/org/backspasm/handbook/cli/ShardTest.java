package org.backspasm.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** --shard K/N: every profile in exactly one part, parts within one of each other, the same on every runner. */
class ShardTest {

    private static List<Path> profiles(int count) {
        // Two folders, so that sorting is by file name and not by the folder a profile sits in.
        return IntStream.range(0, count).mapToObj(i -> Path.of(i % 2 == 0 ? "b" : "a", String.format("clinic-%04d.yml",
                i))).toList();
    }

    @ParameterizedTest(name = "{0} profiles in {1} parts")
    @CsvSource({"100, 8", "7, 3", "3, 8", "1, 1", "0, 4", "1000, 7"})
    void everyProfileIsInExactlyOnePartAndThePartsAreEven(int count, int parts) {
        List<Path> all = profiles(count);
        List<Path> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(count));
        Set<Path> seen = new HashSet<>();
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        for (int index = 1; index <= parts; index++) {
            List<Path> part = new Shard(index, parts).of(all);
            assertEquals(part, new Shard(index, parts).of(shuffled), "the same part whatever order the files came in");
            for (Path profile : part) {
                assertTrue(seen.add(profile), profile + " is in two parts");
            }
            smallest = Math.min(smallest, part.size());
            largest = Math.max(largest, part.size());
        }
        assertEquals(Set.copyOf(all), seen, "every profile is in a part");
        assertTrue(largest - smallest <= 1, "parts of " + smallest + " to " + largest);
    }

    @ParameterizedTest
    @CsvSource({"1/3, 1, 3", "3/8, 3, 8", "8/8, 8, 8"})
    void aShardIsWrittenKSlashN(String written, int index, int count) {
        assertEquals(new Shard(index, count), new Shard.Converter().convert(written));
        assertEquals(written, new Shard(index, count).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/3", "4/3", "3", "3/0", "a/b", "-1/3", "1/3/5", " 1/3", "9999999/9999999"})
    void aWrongShardIsOnePlainSentence(String written) {
        CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class,
                () -> new Shard.Converter().convert(written));
        assertEquals("'" + written + "' is not a shard: write K/N with K from 1 to N, such as 3/8 for the third of "
                + "eight parts", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"1, 'clinic-0000.yml, clinic-0003.yml, clinic-0006.yml'", "2, 'clinic-0001.yml, clinic-0004.yml'"})
    void partsAreDealtOutInFileNameOrder(int index, String expected) {
        assertEquals(expected, String.join(", ", new Shard(index, 3).of(profiles(7)).stream()
                .map(p -> p.getFileName().toString()).toList()));
    }
}
