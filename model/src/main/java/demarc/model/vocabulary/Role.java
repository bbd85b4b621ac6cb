package demarc.model.vocabulary;

/** What an element does; see the Roles table of inventory-format.md. */
public enum Role implements WireValue {
    SWITCHING("switching"),
    CONTROL("control"),
    VIRTUALIZATION_CONTROL("virtualization-control"),
    OAM("oam"),
    SUBSCRIBER_MANAGEMENT("subscriber-management"),
    TRANSMISSION("transmission"),
    COMPUTE("compute"),
    STORAGE("storage"),
    SUPPORT("support");

    private final String wire;

    Role(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
