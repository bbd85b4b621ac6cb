package demarc.model.vocabulary;

/** Kinds of network function. */
public enum FunctionKind implements WireValue {
    PNF("pnf"),
    VNF("vnf"),
    CNF("cnf");

    private final String wire;

    FunctionKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
