package demarc.queries.provenance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One imported inventory document, as its {@code :Source} node records it.
 *
 * @param id         the document's {@code source}
 * @param asOf       the date the document describes, or {@code null} when it states none
 * @param file       the file it was imported from
 * @param hash       the SHA-256 of the document, hex
 * @param importedAt when it was last imported; {@code null} (with file and hash) when the graph names the source
 *                   on a node but holds no {@code :Source} node for it
 */
public record InventorySource(String id, LocalDate asOf, String file, String hash, OffsetDateTime importedAt) {
}
