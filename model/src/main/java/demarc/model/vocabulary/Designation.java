package demarc.model.vocabulary;

/** Ministerial designations of a carrier (Art 41(4), universal service, Art 108, Art 27-5). */
public enum Designation implements WireValue {
    LARGE_IMPACT("large-impact"),
    UNIVERSAL_BASIC("universal-basic"),
    FIRST_CLASS_ELIGIBLE("first-class-eligible"),
    SPECIFIED_USER_INFO("specified-user-info");

    private final String wire;

    Designation(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
