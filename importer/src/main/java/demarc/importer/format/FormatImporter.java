package demarc.importer.format;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import demarc.importer.document.DocNode;
import demarc.importer.document.TreePaths;
import demarc.importer.inventory.ImportListener;
import demarc.importer.inventory.ImportReport;
import demarc.importer.inventory.InventoryError;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.inventory.InventoryRejectedException;
import demarc.importer.inventory.TreeDocument;
import demarc.importer.inventory.UnitImport;

/**
 * The one entry point of every import: detects each file's format from its content (or takes the one forced),
 * translates every file of the unit, applies the placement overlays, then hands all the documents to
 * {@link InventoryImporter#importTrees}, which validates them together and writes them in one transaction.
 * Any error anywhere rejects the whole unit; nothing is written.
 */
public final class FormatImporter {

    private final InventoryImporter importer;
    private final Formats formats;

    public FormatImporter(InventoryImporter importer, Formats formats) {
        this.importer = importer;
        this.formats = formats;
    }

    /** Imports the files, directories and zip archives at {@code paths} as one unit; {@code format} may be null. */
    public UnitReport importPaths(List<Path> paths, String format)
            throws IOException, InventoryRejectedException, UnknownFormatException {
        return importPaths(paths, format, ImportListener.NONE);
    }

    /** {@link #importPaths(List, String)}, telling {@code listener} how it is getting on. */
    public UnitReport importPaths(List<Path> paths, String format, ImportListener listener)
            throws IOException, InventoryRejectedException, UnknownFormatException {
        InventoryFormat forced = forced(format);
        listener.stage(ImportListener.Stage.CHECKING);
        return importUnit(ImportUnit.ofPaths(paths), forced, listener);
    }

    /** Imports one file given as bytes (a request body): a zip archive is a unit of its entries. */
    public UnitReport importFile(InputFile file, String format)
            throws InventoryRejectedException, UnknownFormatException {
        InventoryFormat forced = forced(format);
        return importUnit(ImportUnit.ofFiles(file.name(), List.of(file)), forced, ImportListener.NONE);
    }

    private InventoryFormat forced(String format) throws UnknownFormatException {
        if (format == null || format.isBlank()) {
            return null;
        }
        return formats.byId(format.strip()).orElseThrow(() -> new UnknownFormatException(format, formats));
    }

    private UnitReport importUnit(ImportUnit unit, InventoryFormat forced, ImportListener listener)
            throws InventoryRejectedException {
        long start = System.nanoTime();
        List<InventoryError> errors = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>(unit.skipped());
        List<UnitFile> translated = new ArrayList<>();
        Map<UnitFile, List<String>> includes = new LinkedHashMap<>();
        Map<String, List<InventoryError>> refused = new LinkedHashMap<>();
        for (ImportUnit.Member member : unit.members()) {
            InputFile file = member.file();
            InventoryFormat format = format(member, forced);
            if (format == null) {
                String reason = forced != null ? "not recognised as " + forced.id()
                        : "no format recognises it (formats: " + formats.ids() + ")";
                if (member.named()) {
                    errors.add(new InventoryError(file.name(), 1, "$", reason));
                } else {
                    skipped.add(new SkippedFile(file.name(), reason));
                }
                continue;
            }
            if (file.content().length > formats.limits().maxFileBytes()) {
                errors.add(new InventoryError(file.name(), 1, "$", "the file has " + file.content().length
                        + " bytes, more than the " + formats.limits().maxFileBytes()
                        + " a file may have (demarc.import.max-file-bytes)"));
                continue;
            }
            Optional<InputFile.NotUtf8> notUtf8 = file.notUtf8();
            if (notUtf8.isPresent()) {
                errors.add(new InventoryError(file.name(), notUtf8.get().line(), "$", notUtf8.get().message()));
                continue;
            }
            try {
                Translated result = translate(file, format);
                List<InventoryError> tooLong = tooLong(result.file(), formats.limits().maxStringLength());
                if (!tooLong.isEmpty()) {
                    errors.addAll(tooLong);
                    continue;
                }
                translated.add(result.file());
                includes.put(result.file(), result.includes());
            } catch (TranslationException e) {
                refused.put(file.name(), e.problems().stream().map(problem -> new InventoryError(file.name(),
                        problem.line(), format.sourcePath(problem.path()), problem.message())).toList());
            }
        }
        List<UnitFile> files = new ArrayList<>();
        for (UnitFile file : translated) {
            Optional<UnitFile> includer = includer(file.name(), translated, includes);
            if (includer.isPresent()) {
                skipped.add(new SkippedFile(file.name(), readAsPartOf(includer.get())));
            } else {
                files.add(file);
            }
        }
        refused.forEach((name, problems) -> {
            Optional<UnitFile> includer = includer(name, translated, includes);
            if (includer.isPresent()) {
                // checked where the file that reads it uses it, which is what it is for
                skipped.add(new SkippedFile(name, readAsPartOf(includer.get())));
            } else {
                errors.addAll(problems);
            }
        });
        if (files.isEmpty() && errors.isEmpty()) {
            errors.add(new InventoryError(unit.name(), 1, "$", "nothing to import: none of its "
                    + skipped.size() + " files is in a format demarc reads (formats: " + formats.ids() + ")"));
        }
        if (errors.isEmpty()) {
            errors.addAll(new OverlayBinder(files, importer::storedEntries).apply());
        }
        if (!errors.isEmpty()) {
            throw new InventoryRejectedException(errors);
        }
        List<TreeDocument> documents = files.stream()
                .map(file -> new TreeDocument(file.name(), file.tree, sha256(file.input.content()))).toList();
        UnitImport written;
        try {
            written = importer.importTrees(documents, listener);
        } catch (InventoryRejectedException e) {
            throw inSourceTerms(e, files);
        }
        return report(unit, files, skipped, written, start);
    }

    /**
     * The strings and keys of the translated file longer than {@code maxLength}, each at its line and path: checked
     * on the translation, so every format gets the same limit, before anything is validated or written.
     */
    private static List<InventoryError> tooLong(UnitFile file, int maxLength) {
        List<InventoryError> errors = new ArrayList<>();
        tooLong(file.tree, "$", maxLength, file, errors);
        return errors;
    }

    private static void tooLong(DocNode node, String path, int maxLength, UnitFile file, List<InventoryError> errors) {
        if (node instanceof DocNode.ScalarNode scalar) {
            if (scalar.text().length() > maxLength) {
                errors.add(new InventoryError(file.name(), scalar.line(), file.format.sourcePath(path),
                        "a string of " + scalar.text().length() + " characters, more than the " + maxLength
                                + " a value may have (demarc.import.max-string-length)"));
            }
        } else if (node instanceof DocNode.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                tooLong(list.items().get(i), TreePaths.index(path, i), maxLength, file, errors);
            }
        } else if (node instanceof DocNode.MapNode map) {
            for (DocNode.Field field : map.fields()) {
                if (field.key().length() > maxLength) {
                    errors.add(new InventoryError(file.name(), field.line(), file.format.sourcePath(path),
                            "a key of " + field.key().length() + " characters, more than the " + maxLength
                                    + " a key may have (demarc.import.max-string-length)"));
                } else {
                    tooLong(field.value(), TreePaths.key(path, field.key()), maxLength, file, errors);
                }
            }
        }
    }

    private InventoryFormat format(ImportUnit.Member member, InventoryFormat forced) {
        if (forced != null) {
            return member.named() || forced.recognizes(member.file()) ? forced : null;
        }
        return formats.detect(member.file()).orElse(null);
    }

    /** A translated file of the unit and the other files its translation read as part of it. */
    private record Translated(UnitFile file, List<String> includes) {
    }

    private static Translated translate(InputFile file, InventoryFormat format) throws TranslationException {
        if (format instanceof PlacementOverlayFormat overlays) {
            PlacementOverlay overlay = overlays.read(file);
            return new Translated(new UnitFile(file, format, overlay.inventory(), List.of(), overlay), List.of());
        }
        Translation translation = format.translate(file);
        return new Translated(new UnitFile(file, format, translation.inventory(), translation.coverage(), null),
                translation.includes());
    }

    /**
     * The translated file of the unit that read the file named {@code name} as part of itself (a TOSCA descriptor
     * importing its flavours and types, a TOSCA.meta its Entry-Definitions), unless the two read each other: the
     * file is then not translated a second time on its own, which would define the same elements under two sources.
     */
    private static Optional<UnitFile> includer(String name, List<UnitFile> translated,
                                               Map<UnitFile, List<String>> includes) {
        String path = absolute(name);
        if (path == null) {
            return Optional.empty();
        }
        return translated.stream().filter(other -> !other.name().equals(name))
                .filter(other -> includes.get(other).contains(path))
                .filter(other -> translated.stream().noneMatch(self -> self.name().equals(name)
                        && includes.get(self).contains(absolute(other.name()))))
                .findFirst();
    }

    private static String readAsPartOf(UnitFile includer) {
        return "read and translated as part of " + includer.name() + " (" + includer.format.id()
                + "), which uses it; not translated again on its own";
    }

    /** The absolute normalized path of a file named by its path on disk; null for a name that is no path. */
    private static String absolute(String name) {
        try {
            return Path.of(name).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The validation errors with each path as the file's own format names it (a CSV column, say). */
    private static InventoryRejectedException inSourceTerms(InventoryRejectedException rejected, List<UnitFile> files) {
        Map<String, InventoryFormat> formatOf = new LinkedHashMap<>();
        files.forEach(file -> formatOf.put(file.name(), file.format));
        return new InventoryRejectedException(rejected.errors().stream().map(error -> {
            InventoryFormat format = formatOf.get(error.file());
            return format == null ? error
                    : new InventoryError(error.file(), error.line(), format.sourcePath(error.path()), error.message());
        }).toList());
    }

    private static UnitReport report(ImportUnit unit, List<UnitFile> files, List<SkippedFile> skipped,
                                     UnitImport written, long start) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> removed = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        List<FileReport> reports = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            UnitFile file = files.get(i);
            ImportReport document = written.documents().get(i);
            document.counts().forEach((key, count) -> counts.merge(key, count, Integer::sum));
            document.removed().forEach((key, count) -> removed.merge(key, count, Integer::sum));
            warnings.addAll(document.warnings());
            reports.add(new FileReport(file.name(), file.format.id(), document.source(), document.counts(),
                    document.removed(), document.warnings(), file.coverage));
            if (file.tree instanceof DocNode.MapNode root) {
                OverlayBinder.placeholderUses(root).forEach(use -> unknown.add(file.name() + ": " + use
                        + " not stated (placeholder " + UnstatedOwner.ID + ")"));
            }
        }
        warnings.addAll(written.warnings());
        String source = files.size() == 1 ? written.documents().get(0).source() : null;
        return new UnitReport(unit.name(), source, counts, removed, warnings, (System.nanoTime() - start) / 1_000_000,
                reports, skipped, unknown);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
