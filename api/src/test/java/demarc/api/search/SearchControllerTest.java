package demarc.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import demarc.api.ServedDemarc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/search} and {@code POST /api/v1/summaries} on the demo network, over HTTP. */
class SearchControllerTest {

    @TempDir
    static Path temp;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ServedDemarc served;
    private static String api;

    @BeforeAll
    static void serveTheDemo() throws Exception {
        served = ServedDemarc.demo(temp.resolve("store"));
        api = served.api();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static HttpResponse<String> get(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api + "/search" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> summaries(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api + "/summaries"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).forEach(hit -> ids.add(hit.get("type").asString() + ":" + hit.get("id").asString()));
        return ids;
    }

    @Test
    void theCloudPartyComesFirstThenWhatItsIdStartsAndTheNamesThatHoldIt() throws Exception {
        List<String> hits = ids(get("?q=Kumo&limit=50"));
        assertThat(hits.get(0)).isEqualTo("party:kumo");
        assertThat(hits).contains("element:kumo-vm-5gc-a", "element:kumo-az-tokyo-1");
        JsonNode first = JSON.readTree(get("?q=kumo-vm-5gc-a").body()).get(0);
        assertThat(first.get("kind").asString()).isEqualTo("vm");
        assertThat(first.get("party").asString()).isEqualTo("kumo");
        assertThat(ids(get("?q=volte"))).containsExactly("service:shinkai-voice");
    }

    @Test
    void typeAndLimitNarrowTheHits() throws Exception {
        assertThat(ids(get("?type=party&limit=100"))).allMatch(hit -> hit.startsWith("party:")).contains("party:shinkai");
        assertThat(ids(get("?q=shinkai&type=service,party"))).allMatch(hit -> !hit.startsWith("element:"))
                .contains("party:shinkai", "service:shinkai-voice");
        assertThat(ids(get("?q=sk-&limit=3"))).hasSize(3);
    }

    @Test
    void anUnknownTypeOrALimitOutOfRangeIsABadRequest() throws Exception {
        assertThat(get("?type=connection").statusCode()).isEqualTo(400);
        assertThat(get("?limit=0").statusCode()).isEqualTo(400);
        assertThat(get("?limit=501").statusCode()).isEqualTo(400);
    }

    @Test
    void summariesNameKindAndPartyOfTheIdsTheGraphHolds() throws Exception {
        HttpResponse<String> response = summaries("{\"ids\": [\"kumo-az-tokyo-1\", \"shinkai-voice\", \"hoshu\", \"nothing\"]}");
        assertThat(ids(response)).containsExactly("party:hoshu", "element:kumo-az-tokyo-1", "service:shinkai-voice");
        JsonNode voice = JSON.readTree(response.body()).get(2);
        assertThat(voice.get("kind").asString()).isEqualTo("mobile");
        assertThat(voice.get("party").asString()).isEqualTo("shinkai");
        String tooMany = JSON.writeValueAsString(Map.of("ids", Collections.nCopies(SearchController.MAX_IDS + 1, "x")));
        assertThat(summaries(tooMany).statusCode()).isEqualTo(400);
        assertThat(summaries("{}").statusCode()).isEqualTo(400);
    }
}
