package demarc.importer.format;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import demarc.importer.document.DocumentReader;

/**
 * The keys of a YAML or JSON document's top-level map, read cheaply for format detection: JSON with the
 * streaming parser, skipping every nested value; YAML from the lines that start with a key in column 0. Never
 * throws: a file that does not parse simply has no keys (or those read before the error).
 */
public final class TopLevelKeys {

    /** A block-style YAML key in column 0, plain or quoted. */
    private static final Pattern YAML_KEY = Pattern.compile("(?m)^(?:\"([^\"]+)\"|'([^']+)'|([^\\s#:'\"\\-?{\\[][^:#]*?))\\s*:(?:\\s|$)");
    private static final JsonFactory JSON = new JsonFactory();

    private TopLevelKeys() {
    }

    public static Set<String> of(InputFile file) {
        String text = file.text();
        return DocumentReader.isJson(file.name(), text) ? json(text) : yaml(text);
    }

    private static Set<String> json(String text) {
        Set<String> keys = new LinkedHashSet<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return keys;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                keys.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            // detection only: the keys read so far are all this file offers
        }
        return keys;
    }

    private static Set<String> yaml(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher matcher = YAML_KEY.matcher(text);
        while (matcher.find()) {
            for (int group = 1; group <= 3; group++) {
                if (matcher.group(group) != null) {
                    keys.add(matcher.group(group).strip());
                }
            }
        }
        return keys;
    }
}
