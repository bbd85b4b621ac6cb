package demarc.queries.exposure;

/** A carrier was asked for that the graph does not hold as a party of type {@code carrier}. */
public class UnknownCarrierException extends IllegalArgumentException {

    private final String carrier;

    public UnknownCarrierException(String carrier) {
        super("no carrier with id '" + carrier + "'");
        this.carrier = carrier;
    }

    public String carrier() {
        return carrier;
    }
}
