package demarc.api.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What a reader of a carrier report needs to check it, published under {@code /ns/} beside the inventory
 * vocabulary: the decision vocabulary its RDF uses and the JSON schema of its JSON.
 */
public enum PublishedReportDocument {
    DECISIONS("decisions.ttl", "text/turtle"),
    SCHEMA("report.schema.json", "application/schema+json");

    private final String fileName;
    private final String mediaType;

    PublishedReportDocument(String fileName, String mediaType) {
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String text() {
        try (InputStream in = PublishedReportDocument.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException(fileName + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
