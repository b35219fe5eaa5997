package org.backspasm.handbook.render;

import org.backspasm.handbook.problem.IoReason;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Replaces the output folder as a whole: files go to a temporary folder beside it, which takes the old one's
 * place only when everything is written, so a failed build leaves the previous site as it was. The swap is two
 * renames; a build killed between them leaves the previous site beside its place, and the next build moves it
 * back before anything else ({@link #recover}).
 */
public final class OutputFolder {

    /** Marks a folder as written by this tool, so that it may be replaced; nothing else is ever deleted. */
    public static final String MARKER = ".handbook-output";

    private OutputFolder() {
    }

    /**
     * A folder of ours that could not be removed, such as a previous site whose files belong to another user.
     * The new output is in place all the same; the folder is left for a person to delete.
     */
    public record LeftBehind(Path folder, String reason) {
    }

    /** Thrown when the target exists but is not ours to replace. */
    public static final class NotOurs extends Exception {
        public NotOurs(String message) {
            super(message);
        }
    }

    /**
     * Puts right what a build killed half-way left behind: a previous site moved aside but not replaced is moved
     * back, and the temporary folders of earlier builds (marked as ours) are removed. Every build calls it first.
     */
    public static java.util.List<LeftBehind> recover(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        java.util.List<LeftBehind> leftBehind = new java.util.ArrayList<>();
        if (parent == null || !Files.isDirectory(parent)) {
            return leftBehind;
        }
        String name = absolute.getFileName().toString();
        java.util.List<Path> leftovers;
        try (Stream<Path> entries = Files.list(parent)) {
            leftovers = entries.filter(p -> p.getFileName().toString().startsWith("." + name + ".old-")
                    || p.getFileName().toString().startsWith("." + name + ".new-")).sorted().toList();
        }
        for (Path leftover : leftovers) {
            boolean old = leftover.getFileName().toString().startsWith("." + name + ".old-");
            if (old && !Files.exists(absolute) && Files.exists(leftover.resolve(MARKER))) {
                Files.move(leftover, absolute, StandardCopyOption.ATOMIC_MOVE);
            } else if (Files.isDirectory(leftover) && (Files.exists(leftover.resolve(MARKER)) || !old)) {
                delete(leftover).ifPresent(leftBehind::add);
            }
        }
        return leftBehind;
    }

    /**
     * Writes {@code files} as the new output folder. Returns the folders of ours it could not remove (the
     * previous output once the new one is in place, or leftovers of earlier builds); the new output is in place.
     */
    public static java.util.List<LeftBehind> replace(Path target, Map<String, byte[]> files)
            throws IOException, NotOurs {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        java.util.List<LeftBehind> leftBehind = recover(target);
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new NotOurs(target + " is a file, not a folder; choose another output folder");
        }
        if (Files.isDirectory(absolute) && !isEmpty(absolute) && !Files.exists(absolute.resolve(MARKER))) {
            throw new NotOurs(target + " holds files this tool did not write; empty it or choose another output folder");
        }
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        Path fresh = parent.resolve("." + name + ".new-" + UUID.randomUUID());
        try {
            Files.createDirectory(fresh);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = fresh.resolve(file.getKey()).normalize();
                if (!path.startsWith(fresh)) {
                    throw new IllegalArgumentException("output path escapes the folder: " + file.getKey());
                }
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            keepFilesOfOthers(absolute, fresh, files);
            // The marker lists what the tool wrote, so that the next build can tell the files others put here.
            Files.writeString(fresh.resolve(MARKER), String.join("\n", new java.util.TreeSet<>(files.keySet())) + "\n");
            if (Files.exists(absolute)) {
                Path old = parent.resolve("." + name + ".old-" + UUID.randomUUID());
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(fresh, absolute, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    // Put the previous output back, so that "unchanged" stays true.
                    Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
                delete(old).ifPresent(leftBehind::add);
            } else {
                Files.move(fresh, absolute, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            if (Files.exists(fresh)) {
                deleteTree(fresh);
            }
        }
        return leftBehind;
    }

    /** Removes a folder of ours, or says why it could not be removed. */
    private static java.util.Optional<LeftBehind> delete(Path folder) {
        try {
            deleteTree(folder);
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.of(new LeftBehind(folder, IoReason.of(e)));
        }
    }

    /**
     * Files someone else put into the previous output (a CNAME, an uploads folder), that is files the marker
     * of the previous build does not list, are carried over into the new output instead of being deleted.
     * An old marker with no list (from earlier versions) carries nothing over.
     */
    private static void keepFilesOfOthers(Path previous, Path fresh, Map<String, byte[]> files) throws IOException {
        Path marker = previous.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return;
        }
        java.util.Set<String> ours = new java.util.HashSet<>(Files.readAllLines(marker));
        if (ours.stream().allMatch(String::isBlank)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(previous)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = previous.relativize(file).toString().replace('\\', '/');
                if (!name.equals(MARKER) && !ours.contains(name) && !files.containsKey(name)
                        && !Files.isSymbolicLink(file)) {
                    Path target = fresh.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
