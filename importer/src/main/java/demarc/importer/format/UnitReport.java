package demarc.importer.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;

/**
 * What an import unit did. {@code file} names what was imported (the paths, the archive, the request body);
 * {@code source} is the source of its document when the unit has exactly one, {@code null} otherwise;
 * {@code counts} and {@code removed} add up the files'; {@code warnings} are every file's and the graph's;
 * {@code files} has each imported file with its coverage, {@code skipped} each file found and not imported
 * with the reason, and {@code unknown} each entry still pointing at the {@code unstated-owner} placeholder
 * once the placement overlays are applied.
 */
public record UnitReport(String file, String source, Map<String, Integer> counts, Map<String, Integer> removed,
                         List<String> warnings, long millis, List<FileReport> files, List<SkippedFile> skipped,
                         List<String> unknown) {

    public UnitReport {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        removed = Collections.unmodifiableMap(new LinkedHashMap<>(removed));
        warnings = List.copyOf(warnings);
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        unknown = List.copyOf(unknown);
    }

    /** A readable account: the totals, then each file with every coverage line, the skipped files, the unknowns. */
    public String summary() {
        return summary(true);
    }

    /**
     * The same, with the mapped lines of each file counted rather than listed unless {@code everyMappedLine}: a
     * NetBox dump maps thousands of objects, and what a reader must see are the skipped and unknown ones.
     */
    public String summary(boolean everyMappedLine) {
        StringBuilder text = new StringBuilder();
        text.append("Imported ").append(files.size()).append(files.size() == 1 ? " file" : " files")
                .append(" as one unit from ").append(file).append(" in ").append(millis).append(" ms\n");
        counts.forEach((key, count) -> text.append(String.format("  %-14s %8d%n", key, count)));
        text.append("Removed: ").append(removed.getOrDefault("nodes", 0)).append(" nodes, ")
                .append(removed.getOrDefault("relationships", 0)).append(" relationships\n");
        for (FileReport report : files) {
            text.append(report.file()).append(" [").append(report.format()).append("] (source ")
                    .append(report.source()).append("): ");
            text.append(String.join(", ", report.counts().entrySet().stream()
                    .filter(entry -> entry.getValue() > 0)
                    .map(entry -> entry.getValue() + " " + entry.getKey()).toList()));
            text.append('\n');
            long mapped = report.coverage().stream().filter(line -> line.outcome() == Outcome.MAPPED).count();
            if (!everyMappedLine && mapped > 0) {
                text.append("  mapped   ").append(mapped).append(mapped == 1 ? " entry" : " entries")
                        .append(" (--coverage all lists each)\n");
            }
            for (Coverage line : report.coverage()) {
                if (!everyMappedLine && line.outcome() == Outcome.MAPPED) {
                    continue;
                }
                text.append("  ").append(String.format("%-8s", line.outcome().name().toLowerCase()))
                        .append(' ').append(line.line()).append(": ").append(line.path()).append(": ")
                        .append(line.detail()).append('\n');
            }
        }
        list(text, "Skipped files", skipped.stream().map(s -> s.file() + ": " + s.reason()).toList());
        list(text, "Still unknown (bind them in a placement overlay)", unknown);
        if (warnings.isEmpty()) {
            text.append("No warnings\n");
        } else {
            list(text, "Warnings", warnings);
        }
        return text.toString();
    }

    private static void list(StringBuilder text, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            text.append(title).append(" (").append(lines.size()).append("):\n");
            lines.forEach(line -> text.append("  - ").append(line).append('\n'));
        }
    }
}
