package demarc.importer.format;

/** {@code --format} (or {@code ?format=}) names no format of this build. */
public final class UnknownFormatException extends Exception {

    public UnknownFormatException(String format, Formats formats) {
        super("unknown format '" + format + "' (formats: " + formats.ids() + ")");
    }
}
