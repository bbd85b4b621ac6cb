package demarc.importer.translated;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import demarc.importer.document.ImportLimits;
import demarc.importer.document.DocNode;
import demarc.importer.document.DocumentProblem;
import demarc.importer.document.DocumentSyntaxException;
import demarc.importer.document.JsonTreeReader;
import demarc.importer.document.ParsedDocument;
import demarc.importer.format.InputFile;
import demarc.importer.format.TranslationException;

/** Reading a JSON source file with line numbers, and the small lookups the translators make on its tree. */
public final class SourceJson {

    private SourceJson() {
    }

    /** The file as a line-numbered tree; a syntax error or a duplicate key rejects the file. */
    public static DocNode read(InputFile file, ImportLimits limits) throws TranslationException {
        ParsedDocument parsed;
        try {
            parsed = new JsonTreeReader(limits).read(file.text());
        } catch (DocumentSyntaxException e) {
            throw new TranslationException(List.of(e.problem()));
        }
        if (!parsed.problems().isEmpty()) {
            throw new TranslationException(parsed.problems());
        }
        return parsed.root();
    }

    /** The first non-blank character of the content, or 0: a cheap test for recognising JSON. */
    public static char firstCharacter(InputFile file) {
        byte[] content = file.content();
        for (byte b : content) {
            char c = (char) (b & 0xFF);
            if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF) {
                return c;
            }
        }
        return 0;
    }

    /** The first {@code limit} characters of the file, for recognising it by the keys it uses. */
    public static String head(InputFile file, int limit) {
        int length = Math.min(limit, file.content().length);
        return new String(file.content(), 0, length, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Optional<DocNode> value(DocNode node, String key) {
        if (node instanceof DocNode.MapNode map) {
            for (DocNode.Field field : map.fields()) {
                if (field.key().equals(key)) {
                    return isNull(field.value()) ? Optional.empty() : Optional.of(field.value());
                }
            }
        }
        return Optional.empty();
    }

    /** A scalar value as written; absent for a missing key, a JSON null, a map or a list. */
    public static Optional<String> text(DocNode node, String key) {
        return value(node, key).filter(DocNode.ScalarNode.class::isInstance)
                .map(value -> ((DocNode.ScalarNode) value).text());
    }

    public static Optional<DocNode.MapNode> map(DocNode node, String key) {
        return value(node, key).filter(DocNode.MapNode.class::isInstance).map(DocNode.MapNode.class::cast);
    }

    /** The items of a list value; a single map where a list was expected counts as a list of one. */
    public static List<DocNode> items(DocNode node, String key) {
        Optional<DocNode> value = value(node, key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof DocNode.ListNode list) {
            return list.items();
        }
        return List.of(value.get());
    }

    public static boolean isNull(DocNode node) {
        return node instanceof DocNode.ScalarNode scalar && scalar.kind() == DocNode.ScalarKind.NULL;
    }

    /** The scalar fields of a map (no nested maps or lists, no nulls), for an element's free attributes. */
    public static List<DocNode.Field> scalarFields(DocNode.MapNode map) {
        List<DocNode.Field> scalars = new ArrayList<>();
        for (DocNode.Field field : map.fields()) {
            if (field.value() instanceof DocNode.ScalarNode && !isNull(field.value())) {
                scalars.add(field);
            }
        }
        return scalars;
    }

    public static DocumentProblem problem(DocNode node, String path, String message) {
        return new DocumentProblem(node.line(), path, message);
    }
}
