package demarc.api.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which audit entries to show, and in what order: the filters of {@code GET /api/v1/audit} (and of the web view's
 * audit page, which calls it). A filter left null lets everything through.
 *
 * @param since   entries at or after this instant
 * @param until   entries before this instant
 * @param who     the key's name (or {@code local}, {@code anonymous}, {@code unknown-key}), exactly
 * @param role    the key's role, exactly
 * @param method  the HTTP method or {@code CLI}, in any case
 * @param path    the start of the path or command ({@code /api/v1/imports}, {@code keys})
 * @param outcome what came of the request
 * @param newest  newest first rather than oldest first
 * @param offset  how many matching entries to skip, in that order
 * @param limit   the most entries to return after the offset; null for all
 */
public record AuditQuery(Instant since, Instant until, String who, String role, String method, String path,
                         Outcome outcome, boolean newest, int offset, Integer limit) {

    public AuditQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset + " is negative");
        }
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit " + limit + " is not a positive number");
        }
    }

    /** What came of a request or command. */
    public enum Outcome {
        /** Answered (HTTP status below 400), or exit code 0. */
        OK,
        /** Refused by the access control: 401 or 403. */
        REFUSED,
        /** Anything else: a bad request, an error, a command's non-zero exit code. */
        FAILED;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Outcome of(AuditEntry entry) {
            if ("cli".equals(entry.channel())) {
                return entry.status() == 0 ? OK : FAILED;
            }
            if (entry.status() == 401 || entry.status() == 403) {
                return REFUSED;
            }
            return entry.status() < 400 ? OK : FAILED;
        }

        /** @throws IllegalArgumentException for a word that is not an outcome */
        public static Outcome fromWire(String word) {
            for (Outcome outcome : values()) {
                if (outcome.wire().equalsIgnoreCase(word.strip())) {
                    return outcome;
                }
            }
            throw new IllegalArgumentException("outcome '" + word + "' is not known: ok, refused or failed");
        }
    }

    /**
     * One page of what matched.
     *
     * @param entries the entries of the page
     * @param matched how many entries matched in all, before the offset and the limit
     */
    public record Page(List<AuditEntry> entries, int matched) {
    }

    /** The matching entries of {@code entries} (as {@link AuditLog#read} gives them, oldest first). */
    public Page apply(List<AuditEntry> entries) {
        List<AuditEntry> ordered = new ArrayList<>();
        entries.stream().filter(this::matches).forEach(ordered::add);
        // A stable sort: entries of the same instant keep the file's order (reversed for newest first).
        ordered.sort(Comparator.comparing(AuditEntry::at));
        if (newest) {
            Collections.reverse(ordered);
        }
        Stream<AuditEntry> page = ordered.stream().skip(offset);
        if (limit != null) {
            page = page.limit(limit);
        }
        return new Page(page.toList(), ordered.size());
    }

    private boolean matches(AuditEntry entry) {
        return (since == null || !entry.at().isBefore(since))
                && (until == null || entry.at().isBefore(until))
                && (who == null || who.equals(entry.who()))
                && (role == null || role.equals(entry.role()))
                && (method == null || method.equalsIgnoreCase(entry.method()))
                && (path == null || (entry.path() != null && entry.path().startsWith(path)))
                && (outcome == null || outcome == Outcome.of(entry));
    }
}
