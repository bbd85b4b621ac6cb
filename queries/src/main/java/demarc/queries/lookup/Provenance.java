package demarc.queries.lookup;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Where a node comes from (graph-model.md, Provenance).
 *
 * @param sources    the sources whose documents define it
 * @param source     the last source that wrote it
 * @param importedAt when that was, or {@code null} when the graph lacks it
 */
public record Provenance(List<String> sources, String source, ZonedDateTime importedAt) {
}
