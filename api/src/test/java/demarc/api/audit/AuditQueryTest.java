package demarc.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import demarc.api.audit.AuditQuery.Outcome;

/** The filters, order and paging of the audit export, and what counts as refused or failed. */
class AuditQueryTest {

    private static AuditEntry rest(String at, String who, String role, String method, String path, int status) {
        return new AuditEntry(Instant.parse(at), who, role, "rest", "127.0.0.1", method, path, Map.of(), status, null,
                null, null, 5);
    }

    private static AuditEntry cli(String at, String command, int exitCode) {
        return new AuditEntry(Instant.parse(at), "local", null, "cli", "cli:ops", "CLI", command, Map.of(), exitCode,
                null, null, null, 5);
    }

    private static final List<AuditEntry> LOG = List.of(
            rest("2026-11-27T09:00:00Z", "loader", "inventory", "POST", "/api/v1/imports", 200),
            rest("2026-11-28T09:00:00Z", "mic", "regulator", "GET", "/api/v1/duties", 200),
            rest("2026-11-28T10:00:00Z", "mic", "regulator", "POST", "/api/v1/imports", 403),
            rest("2026-11-28T11:00:00Z", "anonymous", null, "GET", "/api/v1/audit", 401),
            cli("2026-11-29T08:00:00Z", "keys create", 0),
            cli("2026-11-29T09:00:00Z", "import", 1),
            rest("2026-11-29T10:00:00Z", "mic", "regulator", "GET", "/api/v1/regimes/jp-9", 404));

    private static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null, false, 0, null);
    }

    private static List<String> paths(AuditQuery query) {
        return query.apply(LOG).entries().stream().map(e -> e.at().toString().substring(8, 13) + " " + e.path()).toList();
    }

    @Test
    void withoutFiltersEverythingComesOldestFirst() {
        AuditQuery.Page page = all().apply(LOG);
        assertThat(page.entries()).isEqualTo(LOG);
        assertThat(page.matched()).isEqualTo(7);
    }

    @Test
    void eachFilterNarrowsTheEntries() {
        assertThat(paths(new AuditQuery(AuditTimes.since("2026-11-28"), AuditTimes.until("2026-11-28"), null, null,
                null, null, null, false, 0, null)))
                .containsExactly("28T09 /api/v1/duties", "28T10 /api/v1/imports", "28T11 /api/v1/audit");
        assertThat(paths(new AuditQuery(null, Instant.parse("2026-11-28T10:00:00Z"), null, null, null, null, null,
                false, 0, null))).as("until is excluded").containsExactly("27T09 /api/v1/imports", "28T09 /api/v1/duties");
        assertThat(paths(new AuditQuery(null, null, "mic", null, null, null, null, false, 0, null))).hasSize(3);
        assertThat(paths(new AuditQuery(null, null, null, "inventory", null, null, null, false, 0, null)))
                .containsExactly("27T09 /api/v1/imports");
        assertThat(paths(new AuditQuery(null, null, null, null, "post", null, null, false, 0, null)))
                .containsExactly("27T09 /api/v1/imports", "28T10 /api/v1/imports");
        assertThat(paths(new AuditQuery(null, null, null, null, null, "/api/v1/regimes", null, false, 0, null)))
                .as("the start of the path").containsExactly("29T10 /api/v1/regimes/jp-9");
        assertThat(paths(new AuditQuery(null, null, null, null, "cli", "keys", null, false, 0, null)))
                .containsExactly("29T08 keys create");
    }

    @Test
    void outcomesAreAnsweredRefusedOrFailedForRequestsAndCommands() {
        assertThat(LOG.stream().map(Outcome::of).toList()).containsExactly(Outcome.OK, Outcome.OK, Outcome.REFUSED,
                Outcome.REFUSED, Outcome.OK, Outcome.FAILED, Outcome.FAILED);
        assertThat(paths(new AuditQuery(null, null, null, null, null, null, Outcome.fromWire("Refused"), false, 0,
                null))).containsExactly("28T10 /api/v1/imports", "28T11 /api/v1/audit");
        assertThatThrownBy(() -> Outcome.fromWire("denied")).hasMessage(
                "outcome 'denied' is not known: ok, refused or failed");
    }

    @Test
    void newestFirstThenOffsetAndLimitMakePagesAndTheMatchedCountIsOfAllPages() {
        AuditQuery.Page second = new AuditQuery(null, null, null, null, null, null, null, true, 2, 2).apply(LOG);
        assertThat(second.entries()).containsExactly(LOG.get(4), LOG.get(3));
        assertThat(second.matched()).isEqualTo(7);
        AuditQuery.Page last = new AuditQuery(null, null, "mic", null, null, null, null, true, 2, 2).apply(LOG);
        assertThat(last.entries()).containsExactly(LOG.get(1));
        assertThat(last.matched()).isEqualTo(3);
        assertThat(new AuditQuery(null, null, null, null, null, null, null, true, 9, 2).apply(LOG).entries()).isEmpty();
    }

    @Test
    void entriesOfTheSameInstantKeepTheFilesOrderReversedForNewestFirst() {
        AuditEntry first = rest("2026-11-29T10:00:00Z", "a", null, "GET", "/api/v1/duties", 200);
        AuditEntry second = rest("2026-11-29T10:00:00Z", "b", null, "GET", "/api/v1/duties", 200);
        AuditEntry earlier = rest("2026-11-29T09:59:59Z", "c", null, "GET", "/api/v1/duties", 200);
        List<AuditEntry> log = List.of(first, second, earlier);
        assertThat(all().apply(log).entries()).containsExactly(earlier, first, second);
        assertThat(new AuditQuery(null, null, null, null, null, null, null, true, 0, null).apply(log).entries())
                .containsExactly(second, first, earlier);
    }

    @Test
    void aNegativeOffsetOrANonPositiveLimitIsRefused() {
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, null, false, -1, null))
                .hasMessage("offset -1 is negative");
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, null, false, 0, 0))
                .hasMessage("limit 0 is not a positive number");
    }
}
