package demarc.api.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The forms of a carrier report, by the word of {@code --format} and {@code ?format=} and by media type. */
public enum ReportFormat {
    JSON("application/json", "json"),
    MD("text/markdown", "md"),
    HTML("text/html", "html"),
    PDF("application/pdf", "pdf"),
    TTL("text/turtle", "ttl"),
    JSONLD("application/ld+json", "jsonld");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the format is text (UTF-8) rather than bytes. */
    public boolean isText() {
        return this != PDF;
    }

    /** The format written as {@code word} (any case). */
    public static ReportFormat fromWire(String word) {
        return Arrays.stream(values()).filter(f -> f.wire().equalsIgnoreCase(word.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report format '" + word
                        + "', expected one of " + words()));
    }

    public static String words() {
        return Arrays.stream(values()).map(ReportFormat::wire).collect(Collectors.joining(", "));
    }
}
