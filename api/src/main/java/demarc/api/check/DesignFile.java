package demarc.api.check;

/**
 * A design document to check.
 *
 * @param name    the name findings and errors give it: the path as given on the command line, or the file name
 *                of a request part; a name ending in {@code .json} is read as JSON
 * @param content its text
 */
public record DesignFile(String name, String content) {
}
