package demarc.model.vocabulary;

/** Whether a carrier installs line facilities (Art 41(1)) or not. */
public enum CarrierCategory implements WireValue {
    LINE_INSTALLING("line-installing"),
    NON_LINE_INSTALLING("non-line-installing");

    private final String wire;

    CarrierCategory(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
