package demarc.importer.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import demarc.importer.inventory.InventoryError;
import demarc.importer.inventory.InventoryRejectedException;

/**
 * The files that import together, all or nothing: files named one by one, every file under a directory
 * (recursively, in name order) and every entry of a zip archive (in name order too). A named file that no
 * format recognises is an error; a file found in a directory or archive is skipped, and the report says so and
 * why. Archives are read within limits (entries, bytes per entry, bytes in all) and an entry whose path leaves
 * the archive is refused.
 */
public record ImportUnit(String name, List<Member> members, List<SkippedFile> skipped) {

    /** Entries one archive may hold. */
    public static final int MAX_ENTRIES = 10_000;
    /** Bytes one file may hold, as read (the inventory readers stop at 64 Mi characters anyway). */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Bytes all the files of one archive may hold once decompressed. */
    public static final long MAX_ARCHIVE_BYTES = 512L * 1024 * 1024;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    public ImportUnit {
        members = List.copyOf(members);
        skipped = List.copyOf(skipped);
    }

    /** A file of the unit; {@code named} when the user named it, so it must be in a format demarc reads. */
    public record Member(InputFile file, boolean named) {
    }

    /** A unit of files given directly (a request body, a test). */
    public static ImportUnit ofFiles(String name, List<InputFile> files) throws InventoryRejectedException {
        Builder builder = new Builder(name);
        for (InputFile file : files) {
            builder.add(file, true);
        }
        return builder.build();
    }

    /** The files, directories and zip archives at {@code paths}, as one unit. */
    public static ImportUnit ofPaths(List<Path> paths) throws IOException, InventoryRejectedException {
        Builder builder = new Builder(String.join(", ", paths.stream().map(ImportUnit::shown).toList()));
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(path)) {
                    found = walk.filter(file -> !Files.isDirectory(file)).sorted().toList();
                }
                for (Path file : found) {
                    builder.addPath(file, false);
                }
            } else if (Files.isRegularFile(path)) {
                builder.addPath(path, true);
            } else {
                throw new NoSuchFileException(path.toString(), null, "no such file or directory");
            }
        }
        return builder.build();
    }

    static boolean isZip(byte[] content) {
        if (content.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (content[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static String shown(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** Collects the members; a zip (by its content) is opened and its entries become members. */
    private static final class Builder {
        private final String name;
        private final List<Member> members = new ArrayList<>();
        private final List<SkippedFile> skipped = new ArrayList<>();
        private final List<InventoryError> errors = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        void addPath(Path path, boolean named) throws IOException {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                errors.add(new InventoryError(shown(path), 1, "$", "the file has " + size + " bytes, more than the "
                        + MAX_FILE_BYTES + " a file may have"));
                return;
            }
            add(new InputFile(shown(path), Files.readAllBytes(path), onDisk(path)), named);
        }

        /** Siblings of a file read from disk: the readable regular files beside it, within the size limit. */
        private static InputFile.Siblings onDisk(Path file) {
            Path directory = file.toAbsolutePath().getParent();
            return relativePath -> {
                if (!isRelative(relativePath)) {
                    return Optional.empty();
                }
                Path sibling = directory.resolve(relativePath).normalize();
                try {
                    if (!Files.isRegularFile(sibling) || Files.size(sibling) > MAX_FILE_BYTES) {
                        return Optional.empty();
                    }
                    Path named = file.getParent() == null ? Path.of(relativePath).normalize()
                            : file.getParent().resolve(relativePath).normalize();
                    return Optional.of(new InputFile(shown(named), Files.readAllBytes(sibling), onDisk(named)));
                } catch (IOException e) {
                    return Optional.empty();
                }
            };
        }

        /** Siblings of an archive entry: the other entries, by the entry's directory; nothing outside. */
        private static InputFile.Siblings inArchive(String archive, String entry, Map<String, byte[]> entries) {
            return relativePath -> {
                if (!isRelative(relativePath)) {
                    return Optional.empty();
                }
                int slash = entry.lastIndexOf('/');
                String resolved = normalized((slash < 0 ? "" : entry.substring(0, slash + 1)) + relativePath);
                byte[] content = resolved == null ? null : entries.get(resolved);
                return content == null ? Optional.empty() : Optional.of(new InputFile(archive + "!/" + resolved,
                        content, inArchive(archive, resolved, entries)));
            };
        }

        /** {@code a/./b/../c} as {@code a/c}; {@code null} when it climbs out of the root. */
        private static String normalized(String path) {
            Deque<String> segments = new ArrayDeque<>();
            for (String segment : path.split("/")) {
                if (segment.isEmpty() || segment.equals(".")) {
                    continue;
                }
                if (segment.equals("..")) {
                    if (segments.isEmpty()) {
                        return null;
                    }
                    segments.removeLast();
                } else {
                    segments.addLast(segment);
                }
            }
            return String.join("/", segments);
        }

        private static boolean isRelative(String path) {
            return !path.isEmpty() && !path.startsWith("/") && !path.contains("\\") && path.indexOf(':') < 0;
        }

        void add(InputFile file, boolean named) {
            if (isZip(file.content())) {
                archive(file);
            } else {
                members.add(new Member(file, named));
            }
        }

        /** Adds the archive's files in name order, as a directory's. */
        private void archive(InputFile archive) {
            List<String> names = new ArrayList<>();
            Map<String, byte[]> contents = new HashMap<>();
            int entries = 0;
            long total = 0;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.content()))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (++entries > MAX_ENTRIES) {
                        errors.add(new InventoryError(archive.name(), 1, "$", "the archive has more than "
                                + MAX_ENTRIES + " entries"));
                        return;
                    }
                    String path = entry.getName();
                    if (!isSafe(path)) {
                        errors.add(new InventoryError(archive.name(), 1, path, "unsafe entry path '" + path
                                + "' (absolute, with '..', a drive or a backslash): the archive is refused"));
                        return;
                    }
                    if (entry.isDirectory()) {
                        continue;
                    }
                    byte[] content = read(zip, Math.min(MAX_FILE_BYTES, MAX_ARCHIVE_BYTES - total));
                    if (content == null) {
                        errors.add(new InventoryError(archive.name(), 1, path, "the entry is larger than "
                                + MAX_FILE_BYTES + " bytes or the archive larger than " + MAX_ARCHIVE_BYTES
                                + " bytes once decompressed"));
                        return;
                    }
                    total += content.length;
                    String name = archive.name() + "!/" + path;
                    if (isZip(content)) {
                        skipped.add(new SkippedFile(name, "an archive inside an archive is not opened"));
                    } else {
                        names.add(path);
                        contents.put(path, content);
                    }
                }
            } catch (ZipException e) {
                errors.add(new InventoryError(archive.name(), 1, "$", "not a readable zip archive: " + e.getMessage()));
            } catch (IOException e) {
                // the archive is in memory: any other I/O failure is a bug
                throw new UncheckedIOException(e);
            }
            names.sort(Comparator.naturalOrder());
            for (String path : names) {
                members.add(new Member(new InputFile(archive.name() + "!/" + path, contents.get(path),
                        inArchive(archive.name(), path, contents)), false));
            }
            if (entries == 0 && errors.isEmpty()) {
                errors.add(new InventoryError(archive.name(), 1, "$", "the zip archive has no entries"));
            }
        }

        /** At most {@code limit} bytes of the current entry; {@code null} when it has more. */
        private static byte[] read(InputStream in, long limit) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                read += n;
                if (read > limit) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }

        private static boolean isSafe(String path) {
            if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.indexOf(':') >= 0
                    || path.chars().anyMatch(Character::isISOControl)) {
                return false;
            }
            for (String segment : path.split("/")) {
                if (segment.equals("..")) {
                    return false;
                }
            }
            return true;
        }

        ImportUnit build() throws InventoryRejectedException {
            if (!errors.isEmpty()) {
                throw new InventoryRejectedException(errors);
            }
            return new ImportUnit(name, members, skipped);
        }
    }
}
