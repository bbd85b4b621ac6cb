package demarc.api.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a design check prints its report. */
public enum CheckFormat {
    /** Aligned columns for a terminal. */
    TABLE,
    /** The same JSON as {@code POST /api/v1/checks}. */
    JSON,
    /** A pull-request comment: heading, counts, a table per kind. */
    MD,
    /** SARIF 2.1.0, for code-scanning UIs. */
    SARIF;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CheckFormat fromWire(String word) {
        return Arrays.stream(values()).filter(f -> f.wire().equalsIgnoreCase(word.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + word + "', expected one of "
                        + Arrays.stream(values()).map(CheckFormat::wire).collect(Collectors.joining(", "))));
    }
}
