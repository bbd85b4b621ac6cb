package demarc.importer.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Reads one JSON document into a {@link DocNode} tree with Jackson's streaming parser, which gives the line of
 * every token. Duplicate keys are reported (the first value is kept) rather than silently overwritten.
 */
public final class JsonTreeReader {

    /** Jackson's own limits: nesting and size as configured; strings, names and numbers up to the file size. */
    private final JsonFactory factory;

    /** A reader with {@link ImportLimits#DEFAULTS}. */
    public JsonTreeReader() {
        this(ImportLimits.DEFAULTS);
    }

    public JsonTreeReader(ImportLimits limits) {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxDocumentLength(limits.maxFileBytes())
                        // the importer checks string lengths itself, with the line and path of the value
                        .maxStringLength(limits.maxCharacters())
                        .maxNameLength(limits.maxCharacters())
                        .build())
                .build();
    }

    public ParsedDocument read(String content) throws DocumentSyntaxException {
        Reading reading = new Reading();
        try (JsonParser parser = factory.createParser(content)) {
            reading.parser = parser;
            if (parser.nextToken() == null) {
                throw new DocumentSyntaxException(new DocumentProblem(1, TreePaths.ROOT, "the document is empty"));
            }
            DocNode root = reading.value(TreePaths.ROOT);
            if (parser.nextToken() != null) {
                throw new DocumentSyntaxException(new DocumentProblem(line(parser), TreePaths.ROOT,
                        "JSON syntax: more content after the end of the document"));
            }
            return new ParsedDocument(root, reading.problems);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNr() : 1;
            throw new DocumentSyntaxException(new DocumentProblem(line, reading.path, "JSON syntax: "
                    + e.getOriginalMessage().replaceAll(", from `[^`]*`", "")));
        } catch (IOException e) {
            // the content is an in-memory string: any other I/O failure is a bug
            throw new UncheckedIOException(e);
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static final class Reading {
        private final List<DocumentProblem> problems = new ArrayList<>();
        private JsonParser parser;
        /** The path being read, for syntax errors. */
        private String path = TreePaths.ROOT;

        /** Reads the value at the current token; leaves the parser on its last token. */
        DocNode value(String at) throws IOException {
            path = at;
            int line = line(parser);
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(at, line);
                case START_ARRAY -> array(at, line);
                case VALUE_STRING -> new DocNode.ScalarNode(line, DocNode.ScalarKind.STRING, parser.getText());
                case VALUE_NUMBER_INT -> new DocNode.ScalarNode(line, DocNode.ScalarKind.INTEGER, parser.getText());
                case VALUE_NUMBER_FLOAT -> new DocNode.ScalarNode(line, DocNode.ScalarKind.DECIMAL, parser.getText());
                case VALUE_TRUE, VALUE_FALSE -> new DocNode.ScalarNode(line, DocNode.ScalarKind.BOOLEAN, parser.getText());
                case VALUE_NULL -> new DocNode.ScalarNode(line, DocNode.ScalarKind.NULL, "null");
                default -> throw new IllegalStateException("unexpected JSON token " + token + " at line " + line);
            };
        }

        private DocNode object(String at, int line) throws IOException {
            List<DocNode.Field> fields = new ArrayList<>();
            Map<String, Integer> keyLines = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = line(parser);
                String fieldPath = TreePaths.key(at, key);
                parser.nextToken();
                DocNode value = value(fieldPath);
                Integer first = keyLines.putIfAbsent(key, keyLine);
                if (first != null) {
                    problems.add(new DocumentProblem(keyLine, fieldPath,
                            "duplicate key '" + key + "' (first at line " + first + ")"));
                } else {
                    fields.add(new DocNode.Field(key, keyLine, value));
                }
                path = at;
            }
            return new DocNode.MapNode(line, fields);
        }

        private DocNode array(String at, int line) throws IOException {
            List<DocNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(TreePaths.index(at, items.size())));
                path = at;
            }
            return new DocNode.ListNode(line, items);
        }
    }
}
