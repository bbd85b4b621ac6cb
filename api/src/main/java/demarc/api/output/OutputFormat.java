package demarc.api.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a command prints its answer. */
public enum OutputFormat {
    /** Aligned columns for a terminal; cells never wrap. */
    TABLE,
    /** The same JSON as the REST API. */
    JSON,
    /** RFC 4180, with a header row. */
    CSV,
    /** A GitHub-flavoured Markdown table. */
    MD;

    /** The word used on the command line. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format written as {@code word} (any case). */
    public static OutputFormat fromWire(String word) {
        return Arrays.stream(values())
                .filter(f -> f.wire().equalsIgnoreCase(word.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown format '" + word + "', expected one of " + words()));
    }

    /** All words, for help and error messages. */
    public static String words() {
        return Arrays.stream(values()).map(OutputFormat::wire).collect(Collectors.joining(", "));
    }
}
