package demarc.importer.format;

import java.util.List;

import demarc.importer.document.DocNode;

/**
 * A file translated onto the inventory format: the document tree, what became of each part of the file, and
 * {@code includes}: the other files on disk the translation read as part of this one (a TOSCA import, the
 * definitions a CSAR's TOSCA.meta names), as absolute normalized paths, so that an import unit holding them too
 * does not translate them a second time.
 */
public record Translation(String file, String format, DocNode inventory, List<Coverage> coverage,
                          List<String> includes) {

    public Translation {
        coverage = List.copyOf(coverage);
        includes = List.copyOf(includes);
    }

    /** A translation that read no other file. */
    public Translation(String file, String format, DocNode inventory, List<Coverage> coverage) {
        this(file, format, inventory, coverage, List.of());
    }

    /** What became of one part of a source file; nothing is dropped without a line here. */
    public record Coverage(int line, String path, Outcome outcome, String detail) {
    }

    public enum Outcome {
        /** Mapped onto the inventory (detail says onto what). */
        MAPPED,
        /** Read and deliberately not mapped (detail says why). */
        SKIPPED,
        /** Mapped, but a fact the inventory needs was not in the file (detail says which, e.g. the owner). */
        UNKNOWN
    }
}
