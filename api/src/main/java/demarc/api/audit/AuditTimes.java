package demarc.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The {@code since} and {@code until} of an audit export: an instant ({@code 2026-11-29T06:00:00Z}) or a day in UTC,
 * which {@code since} takes from its start and {@code until} through its end.
 */
public final class AuditTimes {

    private AuditTimes() {
    }

    /**
     * The first instant of {@code since}; null for none.
     *
     * @throws IllegalArgumentException for anything but an instant or a day
     */
    public static Instant since(String text) {
        return parse("since", text, false);
    }

    /**
     * The instant {@code until} ends before (for a day, the next day's start); null for none.
     *
     * @throws IllegalArgumentException for anything but an instant or a day
     */
    public static Instant until(String text) {
        return parse("until", text, true);
    }

    private static Instant parse(String name, String text, boolean throughTheDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(text.strip());
                return (throughTheDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADay) {
                throw new IllegalArgumentException(name + " '" + text + "' is neither an instant such as "
                        + "2026-11-29T06:00:00Z nor a day such as 2026-11-29");
            }
        }
    }
}
