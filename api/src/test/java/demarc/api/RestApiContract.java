package demarc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import demarc.queries.demarcation.DemarcationQuery;
import demarc.queries.duty.DutyDiffQuery;
import demarc.queries.duty.DutyQuery;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API end to end over HTTP, against whichever Neo4j the subclass configures: a small network is
 * imported before the first test of the class, then every operation and every problem detail is checked. Bodies are compared field by field
 * with the query beans' results written by the application's own JSON mapper, which the CLI's
 * {@code --format json} uses too.
 */
abstract class RestApiContract {

    private static final String FIXTURE = "small-network.yaml";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    DutyQuery dutyQuery;

    @Autowired
    DutyDiffQuery dutyDiffQuery;

    @Autowired
    DemarcationQuery demarcationQuery;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The concrete test classes whose graph holds the small network already (one graph per class). */
    private static final Set<Class<?>> IMPORTED = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void importTheSmallNetworkOnce() {
        if (IMPORTED.contains(getClass())) {
            return;
        }
        HttpResponse<String> response = post("/api/v1/imports?file=" + FIXTURE, "application/yaml", fixture(FIXTURE));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        IMPORTED.add(getClass());
    }

    @Test
    void aYamlImportAnswersWithItsReport() {
        HttpResponse<String> response = post("/api/v1/imports?file=" + FIXTURE, "application/x-yaml", fixture(FIXTURE));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode report = read(response);
        assertThat(report.get("file").asString()).isEqualTo(FIXTURE);
        assertThat(report.get("source").asString()).isEqualTo("minato-voice-2026q4");
        JsonNode counts = report.get("counts");
        assertThat(counts.get("parties").asInt()).isEqualTo(4);
        assertThat(counts.get("services").asInt()).isEqualTo(1);
        assertThat(counts.get("functions").asInt()).isEqualTo(4);
        assertThat(counts.get("resources").asInt()).isEqualTo(3);
        assertThat(counts.get("connections").asInt()).isEqualTo(1);
        assertThat(report.get("warnings").isArray()).isTrue();
    }

    @Test
    void aJsonImportIsReadAsJsonAndNamedByDefault() {
        HttpResponse<String> response = post("/api/v1/imports", "application/json", fixture("sora-data.json"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = read(response);
        assertThat(report.get("file").asString()).isEqualTo("request-body.json");
        assertThat(report.get("source").asString()).isEqualTo("sora-data-2026q4");
        assertThat(get("/api/v1/services/sora-data").statusCode()).isEqualTo(200);
    }

    @Test
    void aZipIsOneUnitAnsweredWithEachFilesCoverage() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream entries = new ZipOutputStream(zip)) {
            entries.putNextEntry(new ZipEntry("rest/parties.csv"));
            entries.write("id,type\nrest-zip-co,carrier\n".getBytes(StandardCharsets.UTF_8));
            entries.putNextEntry(new ZipEntry("rest/functions.csv"));
            entries.write("id,kind,owner\nrest-zip-sbc,vnf,rest-zip-co\n".getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/imports?file=rest.zip"))
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip.toByteArray())).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = read(response);
        assertThat(report.get("file").asString()).isEqualTo("rest.zip");
        assertThat(report.get("source").isNull()).isTrue();
        JsonNode functions = report.get("files").get(0);
        assertThat(functions.get("file").asString()).isEqualTo("rest.zip!/rest/functions.csv");
        assertThat(functions.get("format").asString()).isEqualTo("csv");
        assertThat(functions.get("coverage").get(0).get("outcome").asString()).isEqualTo("MAPPED");
        assertThat(functions.get("coverage").get(0).get("detail").asString()).isEqualTo("functions 'rest-zip-sbc'");
        assertThat(get("/api/v1/elements/rest-zip-sbc").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormatCanBeForcedAndAnUnknownOneIsA400() {
        HttpResponse<String> forced = post("/api/v1/imports?format=overlay", "application/yaml", fixture(FIXTURE));
        HttpResponse<String> unknown = post("/api/v1/imports?format=tosca", "application/yaml", fixture(FIXTURE));

        assertProblem(forced, 422);
        assertThat(read(forced).get("errors").toString()).contains("unknown field 'inventory'");
        assertProblem(unknown, 400);
        assertThat(read(unknown).get("detail").asString()).startsWith("unknown format 'tosca' (formats: ")
                .contains("inventory", "overlay", "csv");
    }

    @Test
    void dutiesAreTheDecisionsAsTheApplicationMapperWritesThem() {
        HttpResponse<String> response = get("/api/v1/duties?carrier=minato");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode duties = read(response);
        assertThat(duties).isEqualTo(json.valueToTree(dutyQuery.duties("minato", null, null)));
        JsonNode vm = only(duties, "element", "kumo-vm-a");
        assertThat(vm.get("carrier").asString()).isEqualTo("minato");
        assertThat(vm.get("service").asString()).isEqualTo("minato-voice");
        assertThat(vm.get("status").asString()).isEqualTo("in-scope");
        assertThat(vm.get("thirdParty").asBoolean()).isTrue();
        assertThat(vm.get("dutyBearer").asString()).isEqualTo("minato");
        assertThat(vm.get("regime").asString()).isEqualTo("jp-2024");
        assertThat(vm.get("path").get(0).get("id").asString()).isEqualTo("minato-voice");
        JsonNode billing = only(duties, "element", "mn-billing");
        assertThat(billing.get("status").asString()).isEqualTo("exempt");
        assertThat(billing.get("dutyBearer").isNull()).as("nulls are written, not left out").isTrue();
        assertThat(fieldNames(billing)).as("members in the record's declaration order").startsWith(
                "carrier", "service", "element", "elementKind", "owner", "operator", "status");
        // the walk stops at the declared interconnect: the other carrier's switch is not Minato's duty
        assertThat(elements(duties)).doesNotContain("ts-transit");
    }

    @Test
    void dutiesFilterByServiceAndTakeARegime() {
        JsonNode duties = read(get("/api/v1/duties?service=minato-voice&regime=jp-2023"));

        assertThat(duties.size()).isPositive();
        for (JsonNode duty : duties) {
            assertThat(duty.get("service").asString()).isEqualTo("minato-voice");
            assertThat(duty.get("regime").asString()).isEqualTo("jp-2023");
        }
    }

    @Test
    void aRegimeDiffListsTheChangedDecisionsSideBySide() {
        HttpResponse<String> response = get("/api/v1/duties/diff?from=jp-2023&to=jp-2024&carrier=minato");
        HttpResponse<String> same = get("/api/v1/duties/diff?to=jp-2024");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode diff = read(response);
        assertThat(diff).isEqualTo(json.valueToTree(dutyDiffQuery.diff("minato", null, "jp-2023", "jp-2024")));
        assertThat(diff.size()).isPositive();
        for (JsonNode changed : diff) {
            assertThat(changed.get("carrier").asString()).isEqualTo("minato");
            assertThat(changed.get("fromRegime").asString()).isEqualTo("jp-2023");
            assertThat(changed.get("toRegime").asString()).isEqualTo("jp-2024");
            assertThat(changed.get("fromStatus").asString()).isNotEqualTo(changed.get("toStatus").asString());
            assertThat(changed.get("fromRule").asString()).startsWith("jp-2023/");
            assertThat(changed.get("toCitation").asString()).isNotBlank();
            assertThat(changed.get("fromReasons").size()).isPositive();
        }
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(read(same).size()).as("the default regime against itself").isZero();
        assertProblem(get("/api/v1/duties/diff?from=jp-2024"), 400);
        assertProblem(get("/api/v1/duties/diff?to=jp-1999"), 400);
    }

    @Test
    void demarcationsNameTheInterconnectAndTheCloudBoundary() {
        HttpResponse<String> response = get("/api/v1/demarcations?carrier=minato");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode demarcations = read(response);
        assertThat(demarcations).isEqualTo(json.valueToTree(demarcationQuery.demarcations("minato", null)));
        JsonNode interconnect = only(demarcations, "connection", "ix-minato-tsunagu");
        assertThat(interconnect.get("status").asString()).isEqualTo("ok");
        assertThat(interconnect.get("point").asString()).isEqualTo("大手町ビル 3F MDF, rack 12, port 4");
        assertThat(statuses(demarcations)).contains("not-a-demarcation");
    }

    @Test
    void aChainShowsTheTreeBelowAService() {
        HttpResponse<String> response = get("/api/v1/chains/minato-voice");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode chain = read(response);
        assertThat(chain.get("root").asString()).isEqualTo("minato-voice");
        assertThat(chain.get("rootType").asString()).isEqualTo("service");
        assertThat(chain.get("down").get("id").asString()).isEqualTo("minato-voice");
    }

    @Test
    void elementsServicesAndPartiesAreLookedUpById() {
        assertThat(read(get("/api/v1/elements/kumo-vm-a")).get("id").asString()).isEqualTo("kumo-vm-a");
        assertThat(read(get("/api/v1/services/minato-voice")).get("id").asString()).isEqualTo("minato-voice");
        assertThat(read(get("/api/v1/parties/kumo")).get("id").asString()).isEqualTo("kumo");
    }

    @Test
    void theRegimesAreListedAndReadOneByOne() {
        JsonNode regimes = read(get("/api/v1/regimes"));

        List<String> ids = new ArrayList<>();
        regimes.forEach(regime -> ids.add(regime.get("id").asString()));
        assertThat(ids).containsExactly("jp-2023", "jp-2024", "proposal-2022");
        JsonNode jp2024 = read(get("/api/v1/regimes/jp-2024"));
        assertThat(jp2024.get("id").asString()).isEqualTo("jp-2024");
        assertThat(jp2024.get("isDefault").asBoolean()).isTrue();
        assertThat(jp2024.get("dutyCategories").toString()).as("the document words, not Java constant names")
                .isEqualTo("[\"line-installing\"]");
    }

    @Test
    void theInventoryFormatsJsonLdContextVocabularyAndShapesArePublished() {
        HttpResponse<String> context = get("/ns/context.jsonld");
        HttpResponse<String> vocabulary = get("/ns/vocabulary.ttl");
        HttpResponse<String> missing = get("/ns/nope.ttl");

        assertThat(context.statusCode()).isEqualTo(200);
        assertThat(context.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(read(context).get("@context").get("owner")).as("a field of the inventory format").isNotNull();
        assertThat(vocabulary.statusCode()).isEqualTo(200);
        assertThat(vocabulary.body()).contains("https://demarc.example/ns#");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void aRejectedImportIsA422ListingEveryError() {
        HttpResponse<String> response = post("/api/v1/imports?file=broken.yaml", "text/yaml", fixture("broken.yaml"));

        assertProblem(response, 422);
        JsonNode errors = read(response).get("errors");
        assertThat(errors.size()).isGreaterThanOrEqualTo(2);
        for (JsonNode error : errors) {
            assertThat(error.get("file").asString()).isEqualTo("broken.yaml");
            assertThat(error.get("line").asInt()).isPositive();
            assertThat(error.get("path").asString()).isNotBlank();
            assertThat(error.get("message").asString()).isNotBlank();
        }
        assertThat(errors.toString()).contains("colour", "nobody");
        assertThat(get("/api/v1/parties/lonely").statusCode()).as("nothing of a rejected document is written")
                .isEqualTo(404);
    }

    @Test
    void anUnknownIdIsA404() {
        for (String path : List.of("/api/v1/elements/nope", "/api/v1/services/nope", "/api/v1/parties/nope",
                "/api/v1/chains/nope", "/api/v1/regimes/nope")) {
            HttpResponse<String> response = get(path);
            assertProblem(response, 404);
            assertThat(read(response).get("id").asString()).isEqualTo("nope");
        }
    }

    @Test
    void anUnknownRegimeIsA400NamingTheKnownOnes() {
        for (String path : List.of("/api/v1/duties?regime=jp-1999", "/api/v1/demarcations?regime=jp-1999")) {
            HttpResponse<String> response = get(path);
            assertProblem(response, 400);
            JsonNode problem = read(response);
            assertThat(problem.get("detail").asString()).contains("jp-1999", "jp-2024");
            assertThat(problem.get("knownRegimes").toString()).contains("jp-2023", "jp-2024", "proposal-2022");
        }
    }

    @Test
    void anImportOfAnotherContentTypeIsA415() {
        assertProblem(post("/api/v1/imports", "text/plain", fixture(FIXTURE)), 415);
    }

    @Test
    void theOpenApiDescriptionListsTheOperations() {
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode description = read(response);
        assertThat(description.get("info").get("title").asString()).isEqualTo("demarc");
        JsonNode paths = description.get("paths");
        assertThat(paths.has("/api/v1/imports")).isTrue();
        assertThat(paths.has("/api/v1/duties")).isTrue();
        assertThat(paths.has("/api/v1/chains/{id}")).isTrue();
    }

    @Test
    void healthIsUp() {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(read(response).get("status").asString()).isEqualTo("UP");
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = read(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
    }

    private static JsonNode only(JsonNode array, String field, String value) {
        List<JsonNode> matches = new ArrayList<>();
        array.forEach(node -> {
            if (value.equals(node.get(field).asString(null))) {
                matches.add(node);
            }
        });
        assertThat(matches).as("entries with %s = %s", field, value).hasSize(1);
        return matches.get(0);
    }

    private static List<String> elements(JsonNode duties) {
        List<String> elements = new ArrayList<>();
        duties.forEach(duty -> elements.add(duty.get("element").asString()));
        return elements;
    }

    private static List<String> statuses(JsonNode demarcations) {
        List<String> statuses = new ArrayList<>();
        demarcations.forEach(demarcation -> statuses.add(demarcation.get("status").asString()));
        return statuses;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fixture(String name) {
        try (InputStream in = RestApiContract.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource demarc/api/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
