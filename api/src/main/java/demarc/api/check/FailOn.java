package demarc.api.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which open findings make {@code demarc check} exit 1. */
public enum FailOn {
    /** A third-party facility in scope of the 41条 duty. */
    DUTY,
    /** A demarcation point not in order. */
    GAP,
    /** A third-party single point of failure. */
    SPOF,
    /** Any of the three; exposure is information and never fails a check. */
    ANY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code finding} is open and of the kind this asks for. */
    public boolean matches(Finding finding) {
        if (!finding.open()) {
            return false;
        }
        return this == ANY ? !FindingComparison.EXPOSURE.equals(finding.kind()) : wire().equals(finding.kind());
    }

    public static FailOn fromWire(String word) {
        return Arrays.stream(values()).filter(f -> f.wire().equalsIgnoreCase(word.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown finding '" + word + "', expected one of "
                        + Arrays.stream(values()).map(FailOn::wire).collect(Collectors.joining(", "))));
    }
}
