package demarc.api.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import demarc.api.cli.SpringLauncher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access control end to end over HTTP, on a store with a key of every role and a revoked one: every endpoint
 * answered for every caller as the table in the README says (401 without a key or with a bad one, 403 with the
 * wrong role), the refusals as problem details, the audit of who did what, and no key in the logs. Logging is
 * at TRACE for Spring Security and DEBUG for Spring MVC here, so that a key logged anywhere would be caught.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccessControlTest {

    @TempDir
    static Path temp;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final byte[] INVENTORY_DOCUMENT = fixture();
    private static final Map<Role, String> KEYS = new EnumMap<>(Role.class);
    private static String revokedKey;
    private static Path store;
    private static ConfigurableApplicationContext server;
    private static String base;
    private static Instant started;

    /** Who sends the request: no key, a key demarc never made, a revoked key, or a key of a role. */
    enum Sender { NONE, UNKNOWN_KEY, REVOKED_KEY, REGULATOR, ARCHITECT, INVENTORY, ADMIN }

    private static final List<Role> READERS = List.of(Role.REGULATOR, Role.ARCHITECT, Role.ADMIN);

    /** An endpoint and the roles the README's table gives it (empty: public). */
    record Endpoint(String method, String path, String contentType, byte[] body, List<Role> roles) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        byte[] whatIf = "{\"failed\": [\"no-such-element\"]}".getBytes(StandardCharsets.UTF_8);
        return List.of(
                new Endpoint("POST", "/api/v1/imports?file=small-network.yaml", "application/yaml",
                        INVENTORY_DOCUMENT, List.of(Role.INVENTORY, Role.ADMIN)),
                new Endpoint("GET", "/api/v1/duties", null, null, READERS),
                new Endpoint("GET", "/api/v1/duties/diff?to=jp-2023", null, null, READERS),
                new Endpoint("GET", "/api/v1/demarcations", null, null, READERS),
                new Endpoint("GET", "/api/v1/chains/no-such-element", null, null, READERS),
                new Endpoint("GET", "/api/v1/elements/no-such-element", null, null, READERS),
                new Endpoint("GET", "/api/v1/services/no-such-service", null, null, READERS),
                new Endpoint("GET", "/api/v1/parties/no-such-party", null, null, READERS),
                new Endpoint("POST", "/api/v1/whatif", "application/json", whatIf, List.of(Role.ARCHITECT, Role.ADMIN)),
                new Endpoint("GET", "/api/v1/spof/no-such-service", null, null, READERS),
                new Endpoint("GET", "/api/v1/exposure?all=true", null, null, READERS),
                new Endpoint("POST", "/api/v1/checks?format=json", "application/yaml", INVENTORY_DOCUMENT,
                        List.of(Role.ARCHITECT, Role.ADMIN)),
                new Endpoint("GET", "/api/v1/regimes", null, null, READERS),
                new Endpoint("GET", "/api/v1/regimes/jp-2024", null, null, READERS),
                new Endpoint("GET", "/api/v1/audit", null, null, List.of(Role.REGULATOR, Role.ADMIN)),
                new Endpoint("GET", "/api/v1/audit?who=inventory-key&outcome=ok&order=newest&limit=5&format=jsonl",
                        null, null, List.of(Role.REGULATOR, Role.ADMIN)),
                new Endpoint("GET", "/api/v1/reports/shinkai", null, null, READERS),
                new Endpoint("DELETE", "/api/v1/duties", null, null, List.of(Role.ADMIN)),
                new Endpoint("GET", "/ns/context.jsonld", null, null, List.of()),
                new Endpoint("GET", "/actuator/health", null, null, List.of()),
                new Endpoint("GET", "/v3/api-docs", null, null, List.of()),
                new Endpoint("GET", "/", null, null, List.of()));
    }

    static Stream<Arguments> everyEndpointForEverySender() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Sender sender : Sender.values()) {
                cases.add(Arguments.of(endpoint, sender));
            }
        }
        return cases.stream();
    }

    @BeforeAll
    static void serveAStoreWithKeys() throws IOException {
        store = temp.resolve("store");
        ApiKeyStore keys = ApiKeyStore.in(store);
        for (Role role : Role.values()) {
            KEYS.put(role, keys.create(role, role.wire() + "-key").secret());
        }
        revokedKey = keys.create(Role.ADMIN, "old-admin").secret();
        keys.revoke("old-admin");
        Map<String, String> properties = new HashMap<>(Map.of("demarc.db", store.toString(),
                "demarc.bolt.port", "0", "server.port", "0",
                "logging.level.org.springframework.security", "TRACE",
                "logging.level.org.springframework.web", "DEBUG"));
        started = Instant.now();
        server = new SpringLauncher().start(properties, WebApplicationType.SERVLET, true);
        base = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static byte[] fixture() {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/demarc/api/small-network.yaml"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keyOf(Sender sender) {
        return switch (sender) {
            case NONE -> null;
            case UNKNOWN_KEY -> "demarc_thisKeyWasNeverCreatedByDemarcAtAll0000000";
            case REVOKED_KEY -> revokedKey;
            default -> KEYS.get(Role.valueOf(sender.name()));
        };
    }

    private static HttpResponse<String> send(Endpoint endpoint, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + endpoint.path()))
                .method(endpoint.method(), endpoint.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(endpoint.body()));
        if (endpoint.contentType() != null) {
            request.header("Content-Type", endpoint.contentType());
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, Sender sender) throws Exception {
        return send(new Endpoint("GET", path, null, null, List.of()), keyOf(sender));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyEndpointForEverySender")
    void everyEndpointAnswersEachSenderAsTheTableSays(Endpoint endpoint, Sender sender) throws Exception {
        HttpResponse<String> response = send(endpoint, keyOf(sender));
        int status = response.statusCode();
        String why = endpoint + " by " + sender + ": " + response.body();

        if (endpoint.roles().isEmpty()) {
            assertThat(status).as(why).isNotIn(401, 403).isLessThan(500);
        } else if (sender == Sender.NONE || sender == Sender.UNKNOWN_KEY || sender == Sender.REVOKED_KEY) {
            assertThat(status).as(why).isEqualTo(401);
        } else if (endpoint.roles().contains(Role.valueOf(sender.name()))) {
            assertThat(status).as(why).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status).as(why).isEqualTo(403);
        }
    }

    @Test
    void refusalsAreProblemDetailsThatSayWhatIsNeeded() throws Exception {
        HttpResponse<String> noKey = get("/api/v1/duties", Sender.NONE);
        HttpResponse<String> badKey = get("/api/v1/duties", Sender.UNKNOWN_KEY);
        HttpResponse<String> wrongRole = get("/api/v1/audit", Sender.ARCHITECT);

        assertThat(noKey.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(noKey.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"demarc\"");
        JsonNode unauthorized = JSON.readTree(noKey.body());
        assertThat(unauthorized.get("status").asInt()).isEqualTo(401);
        assertThat(unauthorized.get("title").asString()).isEqualTo("Unauthorized");
        assertThat(unauthorized.get("instance").asString()).isEqualTo("/api/v1/duties");
        assertThat(unauthorized.get("detail").asString()).isEqualTo("this request needs an API key with the role "
                + "regulator, architect or admin, sent as 'Authorization: Bearer <key>' (demarc keys create makes one)");
        assertThat(unauthorized.get("roles").toString()).isEqualTo("[\"regulator\",\"architect\",\"admin\"]");
        assertThat(JSON.readTree(badKey.body()).get("detail").asString())
                .isEqualTo("the API key is not known or has been revoked");

        assertThat(wrongRole.statusCode()).isEqualTo(403);
        JsonNode forbidden = JSON.readTree(wrongRole.body());
        assertThat(forbidden.get("title").asString()).isEqualTo("Forbidden");
        assertThat(forbidden.get("detail").asString()).isEqualTo(
                "the key 'architect-key' has the role architect; GET /api/v1/audit needs the role regulator or admin");
        assertThat(forbidden.get("role").asString()).isEqualTo("architect");
    }

    @Test
    void theAuditRecordsWhoWhatTheSourceHashAndTheCounts() throws Exception {
        Endpoint imports = endpoints().get(0);
        assertThat(send(imports, KEYS.get(Role.INVENTORY)).statusCode()).isEqualTo(200);
        HttpResponse<String> duties = get("/api/v1/duties?carrier=minato", Sender.REGULATOR);
        assertThat(duties.statusCode()).isEqualTo(200);
        int rows = JSON.readTree(duties.body()).size();
        assertThat(rows).isPositive();
        assertThat(get("/api/v1/duties?carrier=minato", Sender.NONE).statusCode()).isEqualTo(401);
        assertThat(send(imports, KEYS.get(Role.REGULATOR)).statusCode()).isEqualTo(403);

        HttpResponse<String> exported = get("/api/v1/audit?since=" + started, Sender.REGULATOR);
        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        JSON.readTree(exported.body()).forEach(entries::add);

        JsonNode imported = entries.stream().filter(e -> e.get("who").asString().equals("inventory-key")
                && e.get("path").asString().equals("/api/v1/imports")).findFirst().orElseThrow();
        assertThat(imported.get("role").asString()).isEqualTo("inventory");
        assertThat(imported.get("channel").asString()).isEqualTo("rest");
        assertThat(imported.get("method").asString()).isEqualTo("POST");
        assertThat(imported.get("path").asString()).isEqualTo("/api/v1/imports");
        assertThat(imported.get("query").get("file").get(0).asString()).isEqualTo("small-network.yaml");
        assertThat(imported.get("status").asInt()).isEqualTo(200);
        assertThat(imported.get("sourceHash").asString()).isEqualTo(sha256(INVENTORY_DOCUMENT));
        assertThat(imported.get("bytes").asLong()).isEqualTo(INVENTORY_DOCUMENT.length);
        assertThat(imported.get("counts").get("parties").asInt()).isEqualTo(4);

        JsonNode query = entries.stream().filter(e -> e.get("who").asString().equals("regulator-key")
                && e.get("path").asString().equals("/api/v1/duties") && e.get("query").has("carrier")).findFirst()
                .orElseThrow();
        assertThat(query.get("query").get("carrier").get(0).asString()).isEqualTo("minato");
        assertThat(query.get("counts").get("rows").asInt()).isEqualTo(rows);
        assertThat(query.get("sourceHash").isNull()).isTrue();

        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("who").asString()).isEqualTo("anonymous");
            assertThat(e.get("status").asInt()).isEqualTo(401);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("who").asString()).isEqualTo("regulator-key");
            assertThat(e.get("path").asString()).isEqualTo("/api/v1/imports");
            assertThat(e.get("status").asInt()).isEqualTo(403);
        });

        HttpResponse<String> csv = get("/api/v1/audit?format=csv&since=" + started, Sender.ADMIN);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines().findFirst()).hasValue(
                "at,who,role,channel,client,method,path,query,status,sourceHash,bytes,counts,millis");
        assertThat(csv.body()).contains("inventory-key", sha256(INVENTORY_DOCUMENT));
        assertThat(get("/api/v1/audit?since=someday", Sender.ADMIN).statusCode()).isEqualTo(400);
    }

    @Test
    void noKeyAppearsInTheLogsOrInTheStoresFiles(CapturedOutput output) throws Exception {
        List<String> secrets = new ArrayList<>(KEYS.values());
        secrets.add(revokedKey);
        secrets.add(keyOf(Sender.UNKNOWN_KEY));
        for (String secret : secrets) {
            for (Endpoint endpoint : List.of(endpoints().get(1), endpoints().get(8), endpoints().get(14))) {
                send(endpoint, secret);
            }
        }
        assertThat(output.getAll()).as("the requests were logged, at TRACE").contains("Securing GET /api/v1/duties");
        String logged = output.getAll();
        assertThat(secrets).allSatisfy(secret -> assertThat(logged).doesNotContain(secret));
        assertThat(logged).doesNotContain("generated security password");

        // A key never belongs in a URL (proxies and access logs keep URLs; Spring logs them at DEBUG): demarc does
        // not read one from there, and its audit redacts a parameter named like a secret.
        for (String secret : secrets) {
            send(new Endpoint("GET", "/api/v1/duties?api_key=" + secret, null, null, List.of()), secret);
        }
        for (Path file : List.of(store.resolve(ApiKeyStore.FILE_NAME), store.resolve("audit.jsonl"))) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(secrets).allSatisfy(secret -> assertThat(content).as(file.toString()).doesNotContain(secret));
        }
        assertThat(Files.readString(store.resolve("audit.jsonl"))).contains("\"api_key\":[\"[redacted]\"]");
    }

    @Test
    void theApplicationItselfRefusesToListenBeyondLocalhostWithoutAKey() {
        Map<String, String> properties = new HashMap<>(Map.of("demarc.db", temp.resolve("no-keys").toString(),
                "demarc.bolt.port", "0", "server.port", "0", "server.address", "0.0.0.0"));
        assertThatThrownBy(() -> new SpringLauncher().start(properties, WebApplicationType.SERVLET, false).close())
                .hasRootCauseInstanceOf(UnprotectedBindException.class)
                .rootCause().hasMessageContaining("refusing to listen on 0.0.0.0 without an API key");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
