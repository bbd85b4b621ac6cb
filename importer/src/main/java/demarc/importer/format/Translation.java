package demarc.importer.format;

import java.util.List;

import demarc.importer.document.DocNode;

/** A file translated onto the inventory format: the document tree and what became of each part of the file. */
public record Translation(String file, String format, DocNode inventory, List<Coverage> coverage) {

    public Translation {
        coverage = List.copyOf(coverage);
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
