package demarc.api.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import demarc.api.ServedDemarc;
import demarc.queries.check.GraphExport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/checks} on the demo network, over HTTP: one document, multipart, SARIF, a rejected design. */
class CheckControllerTest {

    @TempDir
    static Path temp;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path FIXTURES = Path.of("src/test/resources/demarc/api/check");
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

    private static String fixture(String name) throws Exception {
        return Files.readString(FIXTURES.resolve(name), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> postYaml(String query, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api + "/checks" + query))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String storedGraph() {
        GraphExport.Snapshot snapshot = served.context().getBean(GraphExport.class).snapshot();
        return snapshot.nodes().size() + " nodes, " + snapshot.relationships().size() + " relationships: " + snapshot;
    }

    @Test
    void oneDocumentAgainstCurrentAnswersTheNewDutyAtItsLine() throws Exception {
        String before = storedGraph();
        HttpResponse<String> response = postYaml("?against=current&file=designs/ims-osaka.yaml",
                fixture("add-third-party-host.yaml"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("againstCurrent").asBoolean()).isTrue();
        assertThat(report.get("open").get("duty").asInt()).isEqualTo(1);
        JsonNode duty = report.get("findings").get(0);
        assertThat(duty.get("kind").asString()).isEqualTo("duty");
        assertThat(duty.get("subject").asString()).isEqualTo("shinkai/shinkai-voice/kumo-vm-ims-c");
        assertThat(duty.get("file").asString()).isEqualTo("designs/ims-osaka.yaml");
        assertThat(duty.get("line").asInt()).isEqualTo(15);
        assertThat(storedGraph()).isEqualTo(before);
    }

    @Test
    void multipartTakesSeveralDesignsAndSarifIsServedAsSarif() throws Exception {
        String boundary = "demarc-boundary";
        // in this order: the whole network re-imported after the overlay would restate sk-ims's requires, and a
        // later import wins
        String body = part(boundary, "remove-function-check.yaml", fixture("remove-function-check.yaml"))
                + part(boundary, "add-third-party-host.yaml", fixture("add-third-party-host.yaml"))
                + "--" + boundary + "--\r\n";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(api + "/checks?against=current&format=sarif"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sarif+json");
        JsonNode results = JSON.readTree(response.body()).get("runs").get(0).get("results");
        Map<String, String> at = new HashMap<>();
        results.forEach(result -> at.put(result.get("ruleId").asString(), result.get("locations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri").asString() + ":" + result.get("locations")
                .get(0).get("physicalLocation").get("region").get("startLine").asInt()));
        assertThat(at).containsEntry("demarc/duty", "add-third-party-host.yaml:15")
                .containsEntry("demarc/gap", "remove-function-check.yaml:323");
    }

    @Test
    void aDesignWithASyntaxErrorIsUnprocessableAndStoresNothing() throws Exception {
        String before = storedGraph();
        HttpResponse<String> response = postYaml("?against=current&file=broken-design.yaml",
                fixture("syntax-error.yaml"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("broken-design.yaml");
        assertThat(storedGraph()).isEqualTo(before);
    }

    @Test
    void markdownIsServedForAPullRequestComment() throws Exception {
        HttpResponse<String> response = postYaml("?against=current&format=md", fixture("add-third-party-host.yaml"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(response.body()).contains("### Third-party facilities in scope (41条)", "kumo-vm-ims-c");
    }

    private static String part(String boundary, String fileName, String content) {
        return "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"design\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n" + content + "\r\n";
    }
}
