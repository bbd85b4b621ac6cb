package demarc.importer.tosca;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import demarc.importer.document.ImportLimits;
import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocumentProblem;
import demarc.importer.document.DocumentSyntaxException;
import demarc.importer.document.ParsedDocument;
import demarc.importer.document.YamlTreeReader;
import demarc.importer.format.InputFile;
import demarc.importer.nfv.Trees;

/**
 * Reads a TOSCA file and, depth first, every file it imports. An import is looked up beside the importing file
 * (on disk, or in the same zip archive for a file read from one: a zipped CSAR), then in the extra import folders, then among the bundled SOL001 type files (by file name, in the SOL001
 * version that suits the importer's TOSCA version); a URL is never fetched, only matched by its file name.
 */
final class ToscaLoader {

    static final String BUNDLE = "/demarc/importer/tosca/sol001/";
    /** The bundled SOL001 versions, newest first, and the files each has. */
    private static final Map<String, List<String>> BUNDLED = Map.of(
            "v3.3.1", List.of("etsi_nfv_sol001_common_types.yaml", "etsi_nfv_sol001_vnfd_types.yaml",
                    "etsi_nfv_sol001_nsd_types.yaml", "etsi_nfv_sol001_pnfd_types.yaml"),
            "v2.7.1", List.of("etsi_nfv_sol001_common_types.yaml", "etsi_nfv_sol001_vnfd_types.yaml"),
            "v2.6.1", List.of("etsi_nfv_sol001_common_types.yaml", "etsi_nfv_sol001_vnfd_types.yaml"));
    private static final List<String> NEWEST_FIRST = List.of("v3.3.1", "v2.7.1", "v2.6.1");
    static final Set<String> TOSCA_VERSIONS = Set.of("tosca_simple_yaml_1_0", "tosca_simple_yaml_1_1",
            "tosca_simple_yaml_1_2", "tosca_simple_yaml_1_3");

    /**
     * A file of the package: its name in messages, where it came from (a file on disk, or the input it was read
     * as, e.g. an entry of a zip archive; neither for a bundled file), and its tree.
     */
    record ToscaDocument(String name, Path file, InputFile input, String bundledVersion, MapNode root) {
        /** Prefix for coverage paths: empty for the translated file itself, {@code name#} for an imported one. */
        String pathPrefix(boolean entry) {
            return entry ? "" : name + "#";
        }

        /**
         * The absolute normalized path that names this file in a translation's includes (an archive entry's
         * name {@code x.csar!/Definitions/a.yaml} taken as a path), or null for a bundled file or a request body.
         */
        String includeKey() {
            if (file != null) {
                return file.toAbsolutePath().normalize().toString();
            }
            return input == null || input.siblings() == InputFile.NONE ? null : absolute(input.name());
        }

        /** Where it was read from, for the coverage. */
        String origin() {
            return file != null ? file.toAbsolutePath().normalize().toString() : input.name();
        }
    }

    private final List<Path> importFolders;
    private final List<ToscaDocument> documents = new ArrayList<>();
    private final List<DocumentProblem> problems = new ArrayList<>();
    private final Set<String> loaded = new HashSet<>();
    private boolean importMissing;
    /** Imports beside a file may not leave this folder: the CSAR root, one above the entry file's folder. */
    private Path packageRoot;

    private final ImportLimits limits;

    ToscaLoader(List<Path> importFolders, ImportLimits limits) {
        this.importFolders = List.copyOf(importFolders);
        this.limits = limits;
    }

    List<ToscaDocument> documents() {
        return documents;
    }

    List<DocumentProblem> problems() {
        return problems;
    }

    boolean importMissing() {
        return importMissing;
    }

    /** Loads the entry file (its name is a path when the file is on disk, which lets its imports resolve). */
    void load(InputFile entry) {
        Path path = onDisk(entry.name());
        if (path != null) {
            Path absolute = path.toAbsolutePath().normalize();
            loaded.add(absolute.toString());
            Path folder = absolute.getParent();
            packageRoot = folder.getParent() != null ? folder.getParent() : folder;
        } else if (absolute(entry.name()) != null) {
            loaded.add(absolute(entry.name()));
        }
        parse(entry.name(), entry.text(), path, entry, null, true);
    }

    private static String absolute(String name) {
        try {
            return Path.of(name).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path onDisk(String name) {
        try {
            Path path = Path.of(name);
            return Files.isRegularFile(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void parse(String name, String text, Path file, InputFile input, String bundledVersion, boolean entry) {
        ParsedDocument parsed;
        try {
            parsed = new YamlTreeReader(limits).read(text);
        } catch (DocumentSyntaxException e) {
            problems.add(inFile(name, entry, e.problem()));
            return;
        }
        parsed.problems().forEach(problem -> problems.add(inFile(name, entry, problem)));
        if (!(parsed.root() instanceof MapNode root)) {
            problems.add(new DocumentProblem(parsed.root().line(), "$", prefix(name, entry)
                    + "expected a TOSCA service template (a map with tosca_definitions_version), found "
                    + parsed.root().describe()));
            return;
        }
        String version = Trees.text(root, "tosca_definitions_version");
        if (version == null || !TOSCA_VERSIONS.contains(version)) {
            problems.add(new DocumentProblem(root.field("tosca_definitions_version").map(DocNode.Field::line)
                    .orElse(root.line()), "tosca_definitions_version", prefix(name, entry)
                    + "expected one of " + new TreeSet<>(TOSCA_VERSIONS) + ", found "
                    + (version == null ? "none" : "'" + version + "'")));
            return;
        }
        ToscaDocument document = new ToscaDocument(name, file, input, bundledVersion, root);
        documents.add(document);
        List<DocNode> imports = Trees.items(root, "imports");
        for (int i = 0; i < imports.size(); i++) {
            DocNode item = imports.get(i);
            String reference = importReference(item);
            String path = "imports[" + i + "]";
            if (reference == null) {
                problems.add(new DocumentProblem(item.line(), path, prefix(name, entry)
                        + "expected an import as a file name or a map with 'file', found " + item.describe()));
                continue;
            }
            resolve(document, version, reference, item.line(), path, entry);
        }
    }

    private static String importReference(DocNode item) {
        String plain = Trees.scalar(item);
        if (plain != null) {
            return plain;
        }
        if (item instanceof MapNode map) {
            String file = Trees.text(map, "file");
            if (file != null) {
                return file;
            }
            // TOSCA 1.0 named import: {name: file} or {name: {file: ...}}
            if (map.fields().size() == 1) {
                DocNode value = map.fields().get(0).value();
                return Trees.scalar(value) != null ? Trees.scalar(value) : Trees.text(value, "file");
            }
        }
        return null;
    }

    private void resolve(ToscaDocument from, String toscaVersion, String reference, int line, String path,
            boolean fromEntry) {
        String fileName = reference.substring(reference.lastIndexOf('/') + 1);
        boolean url = reference.contains("://");
        if (!url && (reference.startsWith("/") || reference.startsWith("\\") || reference.matches("^[A-Za-z]:.*"))) {
            problems.add(new DocumentProblem(line, path, prefix(from.name(), fromEntry) + "import '" + reference
                    + "' is an absolute path: expected a path relative to the importing file"));
            return;
        }
        if (!url) {
            if (from.file() != null) {
                Path candidate = from.file().toAbsolutePath().normalize().getParent().resolve(reference).normalize();
                boolean inPackage = packageRoot == null || candidate.startsWith(packageRoot)
                        || importFolders.stream().anyMatch(folder -> candidate.startsWith(folder.toAbsolutePath().normalize()));
                if (!inPackage) {
                    problems.add(new DocumentProblem(line, path, prefix(from.name(), fromEntry) + "import '" + reference
                            + "' leaves the package (" + packageRoot + "): expected a file of the package"));
                    return;
                }
                if (Files.isRegularFile(candidate)) {
                    loadFile(candidate);
                    return;
                }
            } else if (from.input() != null) {
                Optional<InputFile> sibling = from.input().sibling(reference);
                if (sibling.isPresent()) {
                    loadSibling(sibling.get());
                    return;
                }
            }
            if (from.bundledVersion() != null && BUNDLED.get(from.bundledVersion()).contains(fileName)) {
                loadBundled(from.bundledVersion(), fileName);
                return;
            }
            for (Path folder : importFolders) {
                Path candidate = folder.resolve(reference).normalize();
                if (Files.isRegularFile(candidate)) {
                    loadFile(candidate);
                    return;
                }
            }
        }
        Optional<String> bundled = bundledVersion(toscaVersion, fileName);
        if (bundled.isPresent()) {
            loadBundled(bundled.get(), fileName);
            return;
        }
        importMissing = true;
        problems.add(new DocumentProblem(line, path, prefix(from.name(), fromEntry) + "import '" + reference
                + "' not found " + (url ? "among the bundled SOL001 type files (imports are never fetched over the network)"
                : "beside " + from.name() + ", in the import folders or among the bundled SOL001 type files")));
    }

    private static Optional<String> bundledVersion(String toscaVersion, String fileName) {
        String preferred = "tosca_simple_yaml_1_3".equals(toscaVersion) ? "v3.3.1" : "v2.7.1";
        if (BUNDLED.get(preferred).contains(fileName)) {
            return Optional.of(preferred);
        }
        return NEWEST_FIRST.stream().filter(version -> BUNDLED.get(version).contains(fileName)).findFirst();
    }

    private void loadFile(Path file) {
        if (!loaded.add(file.toAbsolutePath().normalize().toString())) {
            return;
        }
        try {
            parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), file, null, null, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the same archive (or other non-disk container) as the importing file. */
    private void loadSibling(InputFile sibling) {
        String key = absolute(sibling.name());
        if (key != null && !loaded.add(key)) {
            return;
        }
        String name = sibling.name().substring(sibling.name().lastIndexOf('/') + 1);
        parse(name, sibling.text(), null, sibling, null, false);
    }

    private void loadBundled(String version, String fileName) {
        if (!loaded.add("bundled:" + version + "/" + fileName)) {
            return;
        }
        try (InputStream in = ToscaLoader.class.getResourceAsStream(BUNDLE + version + "/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("bundled SOL001 file missing from the jar: " + version + "/" + fileName);
            }
            parse("SOL001 " + version + " " + fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8), null,
                    null, version, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String prefix(String name, boolean entry) {
        return entry ? "" : "in imported " + name + ": ";
    }

    private static DocumentProblem inFile(String name, boolean entry, DocumentProblem problem) {
        return new DocumentProblem(problem.line(), problem.path(), prefix(name, entry) + problem.message());
    }
}
