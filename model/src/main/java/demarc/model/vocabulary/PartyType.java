package demarc.model.vocabulary;

/** What a party is; only carriers (電気通信事業者) bear Art 41 duties. */
public enum PartyType implements WireValue {
    CARRIER("carrier"),
    CLOUD("cloud"),
    DATACENTER("datacenter"),
    VENDOR("vendor"),
    CONTRACTOR("contractor"),
    OTHER("other");

    private final String wire;

    PartyType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
