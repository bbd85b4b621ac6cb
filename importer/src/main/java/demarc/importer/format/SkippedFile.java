package demarc.importer.format;

/** A file of an import unit that was not imported, and why. */
public record SkippedFile(String file, String reason) {
}
