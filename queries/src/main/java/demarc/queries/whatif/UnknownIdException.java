package demarc.queries.whatif;

import java.util.List;

/** Ids that name neither a service nor an element of the graph. */
public class UnknownIdException extends IllegalArgumentException {

    private final List<String> ids;

    public UnknownIdException(String expected, List<String> ids) {
        super("no " + expected + " with id " + String.join(", ", ids.stream().map(id -> "'" + id + "'").toList()));
        this.ids = List.copyOf(ids);
    }

    public List<String> ids() {
        return ids;
    }
}
