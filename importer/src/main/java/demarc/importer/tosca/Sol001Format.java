package demarc.importer.tosca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import demarc.importer.document.ImportLimits;
import demarc.importer.document.DocumentProblem;
import demarc.importer.document.DocumentSyntaxException;
import demarc.importer.document.YamlTreeReader;
import demarc.importer.format.InputFile;
import demarc.importer.format.InventoryFormat;
import demarc.importer.format.Translation;
import demarc.importer.format.TranslationException;

/**
 * ETSI GS NFV-SOL 001 descriptors: a VNFD, NSD or PNFD in TOSCA Simple Profile YAML, or a CSAR's
 * {@code TOSCA-Metadata/TOSCA.meta}, whose {@code Entry-Definitions} names the file to translate. The mapping is
 * in docs/formats/nfv.md.
 */
public final class Sol001Format implements InventoryFormat {

    public static final String ID = "sol001";
    /** A top-level key of a YAML file: the version line at the start of a line, not the words in some other text. */
    private static final Pattern TOSCA_VERSION_LINE = Pattern.compile("(?m)^\uFEFF?[\"']?tosca_definitions_version[\"']?\\s*:");
    private static final Pattern ENTRY_DEFINITIONS = Pattern.compile("(?m)^Entry-Definitions:\\s*(\\S+)\\s*$");

    private final List<Path> importFolders;
    private final ImportLimits limits;

    /** Imports resolve beside the translated file and among the bundled SOL001 type files. */
    public Sol001Format() {
        this(List.of());
    }

    /** Also looks for imports in {@code importFolders}, in order, before the bundled files. */
    public Sol001Format(List<Path> importFolders) {
        this(importFolders, ImportLimits.DEFAULTS);
    }

    /** As {@link #Sol001Format(List)}, reading every file within {@code limits}. */
    public Sol001Format(List<Path> importFolders, ImportLimits limits) {
        this.importFolders = List.copyOf(importFolders);
        this.limits = limits;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "ETSI NFV SOL001 TOSCA VNFD/NSD/PNFD (YAML, CSAR folder or TOSCA.meta)";
    }

    @Override
    public boolean recognizes(InputFile file) {
        String text = file.text();
        if (isMeta(text)) {
            return ENTRY_DEFINITIONS.matcher(text).find();
        }
        if (!TOSCA_VERSION_LINE.matcher(text).find()) {
            return false;
        }
        return text.contains("tosca.nodes.nfv.") || text.contains("etsi_nfv_sol001") || !isWellFormedYaml(text);
    }

    /**
     * Whether the text is YAML without syntax errors or duplicate keys. A file that states its TOSCA version at
     * the top but is not well-formed cannot show whether it is an NFV descriptor; it is claimed here so that it is
     * refused with its syntax error rather than left unrecognised.
     */
    private boolean isWellFormedYaml(String text) {
        try {
            return new YamlTreeReader(limits).read(text).problems().isEmpty();
        } catch (DocumentSyntaxException e) {
            return false;
        }
    }

    @Override
    public Translation translate(InputFile file) throws TranslationException {
        String text = file.text();
        if (isMeta(text)) {
            return translateMeta(file);
        }
        return new Sol001Translator(file, importFolders, limits).translate();
    }

    /** A TOSCA.meta block starts with its version line (TOSCA Simple Profile YAML, CSAR chapter). */
    private static boolean isMeta(String text) {
        return text.stripLeading().startsWith("TOSCA-Meta-File-Version");
    }

    /**
     * A CSAR folder: the file {@code TOSCA-Metadata/TOSCA.meta} names, else the one YAML file at the top of the
     * folder (the CSAR rule for packages without metadata).
     */
    public Translation translatePackage(Path folder) throws TranslationException, IOException {
        Path meta = folder.resolve("TOSCA-Metadata").resolve("TOSCA.meta");
        if (Files.isRegularFile(meta)) {
            return translateMeta(new InputFile(meta.toString(), Files.readAllBytes(meta)));
        }
        List<Path> candidates;
        try (Stream<Path> files = Files.list(folder)) {
            candidates = files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList();
        }
        if (candidates.size() != 1) {
            throw new TranslationException(List.of(new DocumentProblem(1, "$", folder + ": expected "
                    + "TOSCA-Metadata/TOSCA.meta or exactly one YAML file at the top of the package, found "
                    + candidates.size() + " YAML files")));
        }
        return translate(read(candidates.get(0)));
    }

    private Translation translateMeta(InputFile meta) throws TranslationException {
        Matcher matcher = ENTRY_DEFINITIONS.matcher(meta.text());
        if (!matcher.find()) {
            throw new TranslationException(List.of(new DocumentProblem(1, "Entry-Definitions",
                    "TOSCA.meta has no Entry-Definitions line naming the package's main descriptor")));
        }
        int line = (int) meta.text().substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
        if (!isOnDisk(meta.name())) {
            return translateMetaInArchive(meta, matcher.group(1), line);
        }
        Path metaPath = Path.of(meta.name()).toAbsolutePath().normalize();
        Path root = metaPath.getParent() == null ? null : metaPath.getParent().getParent();
        Path entry = root == null ? null : root.resolve(matcher.group(1)).normalize();
        if (entry == null || !entry.startsWith(root) || !Files.isRegularFile(entry)) {
            throw new TranslationException(List.of(new DocumentProblem(line, "Entry-Definitions",
                    "Entry-Definitions '" + matcher.group(1) + "' is not a file of the package "
                    + (root == null ? "" : "(" + root + ")"))));
        }
        Translation translation = new Sol001Translator(read(entry), importFolders, limits).translate();
        List<String> includes = new ArrayList<>();
        includes.add(entry.toString());
        includes.addAll(translation.includes());
        return new Translation(meta.name(), ID, translation.inventory(), translation.coverage(), includes);
    }

    /**
     * A TOSCA.meta read from a zip archive (a zipped CSAR): its Entry-Definitions is the entry of the same archive
     * at that path from the archive's root (the folder above TOSCA-Metadata), and the descriptor's imports
     * resolve among the archive's entries the same way.
     */
    private Translation translateMetaInArchive(InputFile meta, String entryPath, int line) throws TranslationException {
        InputFile entry = meta.sibling("../" + entryPath).orElseThrow(() -> new TranslationException(List.of(
                new DocumentProblem(line, "Entry-Definitions", "Entry-Definitions '" + entryPath + "' is not a file of "
                        + "the package (expected an entry of the archive at that path from its root)"))));
        Translation translation = new Sol001Translator(entry, importFolders, limits).translate();
        List<String> includes = new ArrayList<>();
        includes.add(Path.of(entry.name()).toAbsolutePath().normalize().toString());
        includes.addAll(translation.includes());
        return new Translation(meta.name(), ID, translation.inventory(), translation.coverage(), includes);
    }

    private static boolean isOnDisk(String name) {
        try {
            return Files.isRegularFile(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static InputFile read(Path file) {
        try {
            return new InputFile(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
