package demarc.importer.format;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One file handed to an import: its name as the user gave it (errors and the coverage report name it so), its
 * bytes, read once, and the way to the files it refers to by relative path (a TOSCA import, the definitions a
 * CSAR's TOSCA.meta names): in the same directory tree on disk, in the same zip archive, or none for a request
 * body.
 */
public record InputFile(String name, byte[] content, Siblings siblings) {

    /** Finds a file by a path relative to the directory of the file it was handed with. */
    @FunctionalInterface
    public interface Siblings {
        Optional<InputFile> resolve(String relativePath);
    }

    /** For a file that stands alone. */
    public static final Siblings NONE = relativePath -> Optional.empty();

    /** A file that stands alone. */
    public InputFile(String name, byte[] content) {
        this(name, content, NONE);
    }

    /** The content as UTF-8 text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /**
     * The file at {@code relativePath} from this file's directory ({@code ../common/types.yaml}), if the import
     * can reach it: another file of the same archive, or a readable file on disk for files read from disk. A path
     * that leaves the archive, or any absolute path or URL, finds nothing.
     */
    public Optional<InputFile> sibling(String relativePath) {
        return siblings.resolve(relativePath);
    }
}
