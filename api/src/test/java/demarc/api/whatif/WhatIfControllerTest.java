package demarc.api.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import demarc.api.ServedDemarc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/whatif} and {@code GET /api/v1/spof/{service}} on the demo network, over HTTP. */
class WhatIfControllerTest {

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

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(api + "/whatif")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void whatIfAnswersWithTheFailedServicesAndTheirReports() throws Exception {
        HttpResponse<String> response = post("{\"failed\": [\"kumo-az-tokyo-1\"], \"hours\": 3}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("initiallyFailed").get(0).asString()).isEqualTo("kumo-az-tokyo-1");
        assertThat(body.get("services").toString()).contains("shinkai-voice");
    }

    @Test
    void unknownIdsAreABadRequestAndAnUnknownServiceIsNotFound() throws Exception {
        HttpResponse<String> unknown = post("{\"failed\": [\"no-such-thing\"]}");
        HttpResponse<String> empty = post("{\"failed\": []}");
        HttpResponse<String> spof = send(HttpRequest.newBuilder(URI.create(api + "/spof/no-such-thing")).GET());

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("ids").get(0).asString()).isEqualTo("no-such-thing");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(spof.statusCode()).isEqualTo(404);
    }

    @Test
    void spofListsTheProvidersOwnElementsFirst() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api + "/spof/shinkai-voice")).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode points = JSON.readTree(response.body());
        assertThat(points.size()).isPositive();
        boolean seenThirdParty = false;
        for (JsonNode point : points) {
            // Once a third-party element appears, no own element follows.
            assertThat(!seenThirdParty || point.get("thirdParty").asBoolean()).isTrue();
            seenThirdParty |= point.get("thirdParty").asBoolean();
        }
        assertThat(response.body()).contains("kumo-az-tokyo-1");
    }
}
