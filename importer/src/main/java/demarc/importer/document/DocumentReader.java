package demarc.importer.document;

import java.util.Locale;

/** Reads a YAML or JSON document, telling them apart by the file name or, failing that, the first character. */
public final class DocumentReader {

    private DocumentReader() {
    }

    /** JSON when the file name ends in {@code .json} or the content starts with <code>{</code>; YAML otherwise. */
    public static boolean isJson(String fileName, String content) {
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return true;
        }
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }

    public static ParsedDocument read(String fileName, String content) throws DocumentSyntaxException {
        return read(fileName, content, ImportLimits.DEFAULTS);
    }

    public static ParsedDocument read(String fileName, String content, ImportLimits limits)
            throws DocumentSyntaxException {
        return isJson(fileName, content) ? new JsonTreeReader(limits).read(content)
                : new YamlTreeReader(limits).read(content);
    }
}
