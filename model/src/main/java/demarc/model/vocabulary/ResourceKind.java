package demarc.model.vocabulary;

/** Kinds of resource a function runs on or through. */
public enum ResourceKind implements WireValue {
    VM("vm"),
    CONTAINER("container"),
    CLUSTER("cluster"),
    NFVI("nfvi"),
    CLOUD_REGION("cloud-region"),
    AVAILABILITY_ZONE("availability-zone"),
    SERVER("server"),
    EQUIPMENT("equipment"),
    LINE("line"),
    STORAGE("storage"),
    SITE("site");

    private final String wire;

    ResourceKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
