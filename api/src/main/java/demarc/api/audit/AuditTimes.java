package demarc.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The {@code since} of an audit export: an instant ({@code 2026-11-29T06:00:00Z}) or a day (its start, UTC). */
public final class AuditTimes {

    private AuditTimes() {
    }

    /** @throws IllegalArgumentException for anything else */
    public static Instant since(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADay) {
                throw new IllegalArgumentException("since '" + text + "' is neither an instant such as "
                        + "2026-11-29T06:00:00Z nor a day such as 2026-11-29");
            }
        }
    }
}
