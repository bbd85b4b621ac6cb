package demarc.importer.format;

import java.nio.charset.StandardCharsets;

/**
 * One file handed to an import: its name as the user gave it (errors and the coverage report name it so) and
 * its bytes, read once.
 */
public record InputFile(String name, byte[] content) {

    /** The content as UTF-8 text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
