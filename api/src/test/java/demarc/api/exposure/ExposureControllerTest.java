package demarc.api.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import demarc.api.ServedDemarc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/exposure} on the demo network, over HTTP. */
class ExposureControllerTest {

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
        return HTTP.send(HttpRequest.newBuilder(URI.create(api + "/exposure" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    @Test
    void theDesignatedCarrierListsTheUsStorageAndTheNocContractorInVietNam() throws Exception {
        HttpResponse<String> response = get("");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("regime").asString()).isEqualTo("jp-2024");
        assertThat(body.get("carriers").size()).isEqualTo(1);
        JsonNode shinkai = body.get("carriers").get(0);
        assertThat(shinkai.get("carrier").asString()).isEqualTo("shinkai");
        assertThat(texts(shinkai.get("storedAbroad"))).containsExactly("US");
        assertThat(texts(shinkai.get("foreignParties"))).containsExactly("US", "VN");
        JsonNode hoshu = null;
        for (JsonNode line : shinkai.get("foreign")) {
            if ("hoshu".equals(line.get("party").asString(null))) {
                hoshu = line;
            }
        }
        assertThat(hoshu).isNotNull();
        assertThat(hoshu.get("country").asString()).isEqualTo("VN");
        assertThat(hoshu.get("element").asString()).isEqualTo("sk-udm");
        assertThat(hoshu.get("rule").asString()).isEqualTo("jp-2024/foreign-contractor");
        assertThat(hoshu.get("citation").asString()).startsWith("電気通信事業法27条の8");
        assertThat(hoshu.get("path").toString()).contains("sk-udm");
    }

    @Test
    void aCarrierNotDesignatedIsAnsweredWhenAskedForAndAnUnknownOneIsNotFound() throws Exception {
        HttpResponse<String> tsunagu = get("?carrier=tsunagu");
        HttpResponse<String> all = get("?all=true");
        HttpResponse<String> unknown = get("?carrier=kumo");
        HttpResponse<String> badRegime = get("?regime=jp-2030");

        assertThat(tsunagu.statusCode()).as(tsunagu.body()).isEqualTo(200);
        JsonNode carrier = JSON.readTree(tsunagu.body()).get("carriers").get(0);
        assertThat(carrier.get("carrier").asString()).isEqualTo("tsunagu");
        assertThat(carrier.get("designated").asBoolean()).isFalse();
        List<String> carriers = new ArrayList<>();
        JSON.readTree(all.body()).get("carriers").forEach(c -> carriers.add(c.get("carrier").asString()));
        assertThat(carriers).containsExactly("hikari", "shinkai", "tsunagu");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("kind").asString()).isEqualTo("carrier");
        assertThat(badRegime.statusCode()).isEqualTo(400);
    }
}
