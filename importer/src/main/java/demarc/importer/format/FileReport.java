package demarc.importer.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import demarc.importer.format.Translation.Coverage;

/**
 * What became of one file of an import unit: its format and source, what its document defines ({@code counts},
 * as in {@code ImportReport}), what the import removed for its source, the warnings, and the coverage: each
 * part of the file mapped, skipped (and why) or mapped with a fact unknown.
 */
public record FileReport(String file, String format, String source, Map<String, Integer> counts,
                         Map<String, Integer> removed, List<String> warnings, List<Coverage> coverage) {

    public FileReport {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        removed = Collections.unmodifiableMap(new LinkedHashMap<>(removed));
        warnings = List.copyOf(warnings);
        coverage = List.copyOf(coverage);
    }
}
