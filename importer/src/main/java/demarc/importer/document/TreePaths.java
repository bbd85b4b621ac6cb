package demarc.importer.document;

/** Paths in the style of {@code functions[3].requires[1]}; the document root is {@code $}. */
public final class TreePaths {

    public static final String ROOT = "$";

    private TreePaths() {
    }

    public static String key(String parent, String key) {
        return parent.equals(ROOT) ? key : parent + "." + key;
    }

    public static String index(String parent, int index) {
        return (parent.equals(ROOT) ? "" : parent) + "[" + index + "]";
    }
}
