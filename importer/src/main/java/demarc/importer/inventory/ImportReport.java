package demarc.importer.inventory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did. {@code counts} has what the document defines: {@code parties}, {@code services},
 * {@code functions}, {@code resources}, {@code connections}, {@code access} (entries) and
 * {@code relationships} (the relationships the document states); {@code removed} has the {@code nodes} and
 * {@code relationships} the import deleted; {@code warnings} name every field that changed hands between sources
 * every other source's fact that went with a removed node and every node left without an owner, provider or ends.
 */
public record ImportReport(String file, String source, Map<String, Integer> counts, Map<String, Integer> removed,
                           List<String> warnings, long millis) {

    public ImportReport {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        removed = Collections.unmodifiableMap(new LinkedHashMap<>(removed));
        warnings = List.copyOf(warnings);
    }

    static final List<String> COUNT_KEYS =
            List.of("parties", "services", "functions", "resources", "connections", "access", "relationships");
    static final List<String> REMOVED_KEYS = List.of("nodes", "relationships");

    /** A readable, multi-line account of the import. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("Imported ").append(file).append(" (source ").append(source).append(") in ")
                .append(millis).append(" ms\n");
        for (String key : COUNT_KEYS) {
            text.append(String.format("  %-14s %8d%n", key, counts.getOrDefault(key, 0)));
        }
        text.append("Removed: ").append(removed.getOrDefault("nodes", 0)).append(" nodes, ")
                .append(removed.getOrDefault("relationships", 0)).append(" relationships\n");
        if (warnings.isEmpty()) {
            text.append("No warnings\n");
        } else {
            text.append("Warnings (").append(warnings.size()).append("):\n");
            warnings.forEach(warning -> text.append("  - ").append(warning).append('\n'));
        }
        return text.toString();
    }
}
