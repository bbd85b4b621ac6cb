package demarc.model.vocabulary;

/** Kinds of declared meeting point between two parties' facilities. */
public enum ConnectionKind implements WireValue {
    INTERCONNECT("interconnect"),
    WHOLESALE("wholesale"),
    TERMINAL("terminal"),
    PRIVATE_NETWORK("private-network"),
    SHARED_CATV("shared-catv");

    private final String wire;

    ConnectionKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
