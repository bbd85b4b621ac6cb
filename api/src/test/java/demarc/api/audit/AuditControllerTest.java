package demarc.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import demarc.api.ServedDemarc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/audit} over HTTP with its filters, order, paging and formats, on a store whose audit already
 * holds entries of a year ago (so that the test's own requests, recorded as of now, come after them). Who may read
 * it is {@code AccessControlTest}'s.
 */
class AuditControllerTest {

    @TempDir
    static Path temp;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ServedDemarc served;
    private static String audit;

    private static AuditEntry entry(String at, String who, String role, String method, String path, int status) {
        return new AuditEntry(Instant.parse(at), who, role, "rest", "10.0.0.7", method, path,
                Map.of("file", List.of("network.yaml")), status, null, null, Map.of("rows", 2), 9);
    }

    @BeforeAll
    static void serveAStoreWithAnAudit() {
        Path store = temp.resolve("store");
        AuditLog log = AuditLog.in(store);
        log.append(entry("2025-11-27T09:00:00Z", "loader", "inventory", "POST", "/api/v1/imports", 200));
        log.append(entry("2025-11-28T09:00:00Z", "mic", "regulator", "GET", "/api/v1/duties", 200));
        log.append(entry("2025-11-28T10:00:00Z", "mic", "regulator", "POST", "/api/v1/imports", 403));
        log.append(entry("2025-11-28T11:00:00Z", "mic", "regulator", "GET", "/api/v1/regimes/jp-9", 404));
        served = ServedDemarc.on(store);
        audit = served.api() + "/audit";
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static HttpResponse<String> get(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(audit + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ats(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ats = new ArrayList<>();
        JSON.readTree(response.body()).forEach(e -> ats.add(e.get("at").asString()));
        return ats;
    }

    @Test
    void filtersByTimeWhoRoleMethodPathAndOutcome() throws Exception {
        assertThat(ats(get("?since=2025-11-28&until=2025-11-28")))
                .containsExactly("2025-11-28T09:00:00Z", "2025-11-28T10:00:00Z", "2025-11-28T11:00:00Z");
        assertThat(ats(get("?who=loader"))).containsExactly("2025-11-27T09:00:00Z");
        assertThat(ats(get("?role=regulator&method=post"))).containsExactly("2025-11-28T10:00:00Z");
        assertThat(ats(get("?path=/api/v1/imports&until=2025-11-29"))).hasSize(2);
        assertThat(ats(get("?outcome=refused"))).containsExactly("2025-11-28T10:00:00Z");
        assertThat(ats(get("?outcome=failed&until=2025-11-29"))).containsExactly("2025-11-28T11:00:00Z");
    }

    @Test
    void newestFirstInPagesWithTheNumberMatchedInAHeader() throws Exception {
        HttpResponse<String> first = get("?who=mic&order=newest&limit=2");
        assertThat(ats(first)).containsExactly("2025-11-28T11:00:00Z", "2025-11-28T10:00:00Z");
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("3");
        HttpResponse<String> second = get("?who=mic&order=newest&limit=2&offset=2");
        assertThat(ats(second)).containsExactly("2025-11-28T09:00:00Z");
        assertThat(second.headers().firstValue("X-Total-Count")).hasValue("3");
    }

    @Test
    void theAuditsOwnReadsAreRecordedWithTheirFilters() throws Exception {
        get("?who=nobody-at-all");
        JsonNode newest = JSON.readTree(get("?path=/api/v1/audit&order=newest&limit=1").body()).get(0);
        assertThat(newest.get("query").get("who").get(0).asString()).isEqualTo("nobody-at-all");
        assertThat(newest.get("who").asString()).isEqualTo("local");
        assertThat(newest.get("counts").get("rows").asInt()).isZero();
    }

    @Test
    void exportsAsJsonLinesAndCsvDownloads() throws Exception {
        HttpResponse<String> lines = get("?until=2025-11-29&format=jsonl");
        assertThat(lines.statusCode()).isEqualTo(200);
        assertThat(lines.headers().firstValue("Content-Type")).hasValue("application/jsonl;charset=UTF-8");
        assertThat(lines.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"demarc-audit.jsonl\"");
        List<String> body = lines.body().lines().toList();
        assertThat(body).hasSize(4);
        assertThat(JSON.readValue(body.get(0), AuditEntry.class))
                .isEqualTo(entry("2025-11-27T09:00:00Z", "loader", "inventory", "POST", "/api/v1/imports", 200));

        HttpResponse<String> csv = get("?until=2025-11-29&order=newest&limit=1&format=csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"demarc-audit.csv\"");
        assertThat(csv.body().lines().toList()).hasSize(2).last().asString()
                .startsWith("2025-11-28T11:00:00Z,mic,regulator,rest,10.0.0.7,GET,/api/v1/regimes/jp-9");
    }

    @Test
    void aFilterThatMakesNoSenseIsABadRequestThatSaysWhy() throws Exception {
        Map<String, String> refusals = Map.of(
                "?outcome=denied", "outcome 'denied' is not known: ok, refused or failed",
                "?order=sideways", "order 'sideways' is not known: oldest or newest",
                "?limit=0", "limit 0 is not a positive number",
                "?offset=-3", "offset -3 is negative",
                "?until=tomorrow", "until 'tomorrow' is neither an instant such as 2026-11-29T06:00:00Z nor a day "
                        + "such as 2026-11-29",
                "?format=xml", "format 'xml' is not known: json, jsonl or csv");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            HttpResponse<String> response = get(refusal.getKey());
            assertThat(response.statusCode()).as(refusal.getKey()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("detail").asString()).as(refusal.getKey())
                    .isEqualTo(refusal.getValue());
        }
        assertThat(get("?limit=many").statusCode()).isEqualTo(400);
    }
}
