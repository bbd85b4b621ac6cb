package demarc.importer.nfv;

import java.util.regex.Pattern;

/**
 * Inventory ids from descriptor ids: the descriptor's own id where it is a valid inventory id, otherwise the same
 * text with every other character replaced by {@code -}, so an overlay can predict it (docs/formats/nfv.md).
 */
public final class NfvIds {

    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9_.:-]");
    private static final int MAX_LENGTH = 200;

    private NfvIds() {
    }

    public static String of(String descriptorId) {
        String id = NOT_ALLOWED.matcher(descriptorId.strip()).replaceAll("-");
        return id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) : id;
    }

    /** The id of a part of a descriptor: {@code <parent>.<part>}. */
    public static String child(String parentId, String part) {
        return of(parentId + "." + part);
    }
}
