package demarc.model.vocabulary;

/** How a party reaches an element, for the user-information reports. */
public enum AccessKind implements WireValue {
    OPERATION("operation"),
    MAINTENANCE("maintenance"),
    REMOTE_MAINTENANCE("remote-maintenance"),
    STORAGE("storage");

    private final String wire;

    AccessKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
