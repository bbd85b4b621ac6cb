package demarc.model.vocabulary;

/** Service classes; their facility class, voice-class membership and accident class live in the rulebook. */
public enum ServiceClass implements WireValue {
    ANALOG_PHONE("analog-phone"),
    ISDN("isdn"),
    IP_PHONE_0ABJ("ip-phone-0abj"),
    MOBILE("mobile"),
    MOBILE_FULL_MVNO("mobile-full-mvno"),
    PHS("phs"),
    IP_PHONE_050("ip-phone-050"),
    DATA("data"),
    LPWA("lpwa"),
    INTERNET_FREE("internet-free"),
    BROADBAND_UNIVERSAL("broadband-universal");

    private final String wire;

    ServiceClass(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
