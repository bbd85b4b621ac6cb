package demarc.importer.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The documents that make the inventory format readable as RDF, as the API publishes them: the JSON-LD
 * {@code @context}, the vocabulary and the SHACL shapes an RDF inventory is validated with.
 */
public enum PublishedVocabulary {
    CONTEXT("context.jsonld", "application/ld+json", DemarcTerms.CONTEXT_RESOURCE),
    VOCABULARY("vocabulary.ttl", "text/turtle", DemarcTerms.VOCABULARY_RESOURCE),
    SHAPES("inventory-shapes.ttl", "text/turtle", DemarcTerms.SHAPES_RESOURCE);

    private final String fileName;
    private final String mediaType;
    private final String resource;

    PublishedVocabulary(String fileName, String mediaType, String resource) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.resource = resource;
    }

    /** The name it is published under, after the namespace's {@code /ns/}. */
    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The document as UTF-8 text. */
    public String text() {
        try (InputStream in = PublishedVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
