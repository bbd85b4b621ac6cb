package demarc.api.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;

import demarc.model.decision.DutyDecision;
import picocli.CommandLine.ITypeConverter;

/** What {@code duties --fail-on} counts as a finding. */
enum DutyFinding {
    /** The element is in scope of the duty, whoever owns it. */
    IN_SCOPE,
    /** The element is in scope and owned by another party (他者設備): the carrier answers for someone else's. */
    THIRD_PARTY;

    static final String IN_SCOPE_STATUS = "in-scope";

    String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean matches(DutyDecision decision) {
        boolean inScope = IN_SCOPE_STATUS.equals(decision.status());
        return this == IN_SCOPE ? inScope : inScope && decision.thirdParty();
    }

    static final class Converter implements ITypeConverter<DutyFinding> {
        @Override
        public DutyFinding convert(String value) {
            return Arrays.stream(values()).filter(f -> f.wire().equals(value)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("expected one of "
                            + Arrays.stream(values()).map(DutyFinding::wire).collect(Collectors.joining(", "))));
        }
    }

    static final class Words implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(DutyFinding::wire).iterator();
        }
    }
}
