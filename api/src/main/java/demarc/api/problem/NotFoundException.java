package demarc.api.problem;

/** A request named something the graph or the rulebook does not hold; answered with 404. */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        this(kind, id, "no " + kind + " with id '" + id + "'");
    }

    public NotFoundException(String kind, String id, String detail) {
        super(detail);
        this.kind = kind;
        this.id = id;
    }

    /** What was looked for: {@code element}, {@code service}, {@code party}, {@code chain root}, {@code regime}. */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
