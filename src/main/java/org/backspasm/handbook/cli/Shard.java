package org.backspasm.handbook.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import picocli.CommandLine;

/**
 * One of {@code count} equal parts of a batch of clinic profiles, so that {@code count} CI runners can each build
 * their part with no coordination. Profiles are sorted by file name and dealt out in turn: part {@code index}
 * takes the profiles at positions index, index + count, index + 2 × count … (counting from 1), so the parts
 * differ in size by at most one and the same profiles always land in the same part.
 */
record Shard(int index, int count) {

    /** The part of {@code profiles} this shard builds, in file-name order. */
    List<Path> of(List<Path> profiles) {
        List<Path> sorted = profiles.stream()
                .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Path::toString))
                .toList();
        return IntStream.range(0, sorted.size()).filter(i -> i % count == index - 1).mapToObj(sorted::get).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }

    /** {@code --shard K/N}, or one plain sentence saying how to write it. */
    static final class Converter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            if (value.matches("[0-9]{1,6}/[0-9]{1,6}")) {
                int index = Integer.parseInt(value.substring(0, value.indexOf('/')));
                int count = Integer.parseInt(value.substring(value.indexOf('/') + 1));
                if (index >= 1 && index <= count) {
                    return new Shard(index, count);
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a shard: write K/N with K from 1 "
                    + "to N, such as 3/8 for the third of eight parts");
        }
    }
}
