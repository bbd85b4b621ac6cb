package demarc.importer.format;

import java.util.List;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.Field;
import demarc.importer.document.DocNode.MapNode;

/**
 * The placeholder party a translator names as owner, operator or provider when its file does not say who that
 * is (descriptors never do). A placement overlay binding replaces it; whatever still points at it after the
 * overlays is listed in the import report as unknown.
 */
public final class UnstatedOwner {

    public static final String ID = "unstated-owner";
    public static final String NAME = "Owner not stated in the source";
    public static final String TYPE = "other";
    /**
     * The class a translator writes for a service whose file states none (an NSD, a TMF638 service): the class
     * with the fewest duties, so that nothing is over-claimed, with an UNKNOWN coverage line saying it stands in.
     */
    public static final String PLACEHOLDER_SERVICE_CLASS = "data";

    private UnstatedOwner() {
    }

    /** The party entry, for a translator's {@code parties} list; {@code line} is where the need arose. */
    public static DocNode party(int line) {
        return new MapNode(line, List.of(
                new Field("id", line, Trees.text(line, ID)),
                new Field("name", line, Trees.text(line, NAME)),
                new Field("type", line, Trees.text(line, TYPE))));
    }
}
