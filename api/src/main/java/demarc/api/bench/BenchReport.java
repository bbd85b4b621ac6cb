package demarc.api.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The benchmark's table on stdout: one column per size, one row per measurement. */
public final class BenchReport {

    private static final String[][] ROWS = {
            {"elements generated", "generatedElements"},
            {"documents", "documents"},
            {"entities (nodes + relationships)", "entities"},
            {"demarc import, s", "demarcImportSeconds"},
            {"demarc import, entities/s", "demarcImportEntitiesPerSecond"},
            {"  carrier documents only, entities/s", "demarcCarrierDocumentsEntitiesPerSecond"},
            {"baseline UNWIND MERGE, s", "baselineImportSeconds"},
            {"baseline UNWIND MERGE, entities/s", "baselineImportEntitiesPerSecond"},
            {"Spring Data Neo4j saveAll, s", "saveAllSeconds"},
            {"Spring Data Neo4j saveAll, entities/s", "saveAllEntitiesPerSecond"},
            {"  entities written", "saveAllEntities"},
            {"  of intended", "saveAllIntendedEntities"},
            {"  store counts", "saveAllCounts"},
            {"duty sweep, s", "dutySweepSeconds"},
            {"  decisions", "dutyDecisions"},
            {"bare service paths, s", "bareServicePathsSeconds"},
            {"  paths", "bareServicePaths"},
            {"demarcation sweep, s", "demarcationSweepSeconds"},
            {"  decisions", "demarcationDecisions"},
            {"what-if of one zone, s", "whatIfZoneSeconds"},
            {"  failed elements", "whatIfFailedElements"},
            {"bare dependents of the zone, s", "bareDependentsSeconds"},
            {"  dependents", "bareDependents"},
            {"explanation p50, ms", "explanationP50Millis"},
            {"explanation p95, ms", "explanationP95Millis"},
            {"explanation p99, ms", "explanationP99Millis"},
            {"  explanations timed", "explanations"},
            {"peak heap during import, MiB", "importPeakHeapMiB"},
            {"peak heap, MiB", "peakHeapMiB"},
            {"store, MiB", "storeMiB"},
            {"transaction logs, MiB", "txLogMiB"},
            {"whole run, s", "totalSeconds"}};

    private BenchReport() {
    }

    public static void print(List<Map<String, Object>> results, PrintWriter out) {
        int width = 0;
        for (String[] row : ROWS) {
            width = Math.max(width, row[0].length());
        }
        StringBuilder header = new StringBuilder(pad("measurement", width));
        results.forEach(result -> header.append(" | ").append(String.format("%14s", result.get("elements"))));
        out.println(header);
        out.println("-".repeat(header.length()));
        for (String[] row : ROWS) {
            StringBuilder line = new StringBuilder(pad(row[0], width));
            results.forEach(result -> {
                Object value = result.get(row[1]);
                String text = value == null ? "-" : value.toString();
                line.append(" | ").append(String.format("%14s", text.length() > 14 ? "see notes" : text));
            });
            out.println(line);
        }
        results.stream().filter(result -> result.get("saveAll") != null).forEach(result -> out.println(
                "saveAll at " + result.get("elements") + " elements: " + result.get("saveAll")));
        out.flush();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
