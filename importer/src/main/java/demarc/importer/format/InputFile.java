package demarc.importer.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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

    /**
     * Where the content stops being UTF-8: empty when all of it is. Every format reads its files as UTF-8, so a
     * file in another encoding is refused at its first bad byte rather than read with replacement characters.
     */
    public Optional<NotUtf8> notUtf8() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(content);
        try {
            decoder.decode(bytes);
            return Optional.empty();
        } catch (CharacterCodingException e) {
            // decode stops with the buffer at the start of the malformed sequence
            return Optional.of(NotUtf8.at(content, bytes.position()));
        }
    }

    /** The first byte that is not UTF-8: its offset (0-based), value, line and column (1-based, in bytes). */
    public record NotUtf8(int offset, int value, int line, int column) {

        static NotUtf8 at(byte[] content, int offset) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new NotUtf8(offset, content[offset] & 0xFF, line, offset - lineStart + 1);
        }

        /** What the error says. */
        public String message() {
            return String.format("the file is not UTF-8: byte 0x%02X at offset %d (line %d, byte %d of the line)"
                    + " does not start a valid UTF-8 character; save the file as UTF-8", value, offset, line, column);
        }
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
