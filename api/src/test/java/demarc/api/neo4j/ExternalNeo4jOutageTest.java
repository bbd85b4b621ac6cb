package demarc.api.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import demarc.api.DemarcApplication;
import demarc.api.cli.ApplicationLauncher;
import demarc.api.cli.DemarcCli;
import demarc.api.cli.SpringLauncher;

/**
 * demarc against an external Neo4j that goes away: a Neo4j in this JVM, reached only over Bolt on a port of its
 * own as a server on another machine would be, is stopped under the running REST API and under the CLI, then
 * started again on the same store and port. The API answers 503 problems while it is gone and the same
 * application, not restarted, answers as before once it is back; the CLI says in one line what is wrong.
 */
class ExternalNeo4jOutageTest {

    /** Short driver retries, so that a request gives up in seconds rather than the default 30. */
    private static final String RETRY_TIME = "spring.neo4j.max-transaction-retry-time";

    /** A document of its own source, small enough that only the database can make it fail. */
    private static final String SMALL_IMPORT = "inventory: 1\nsource: outage-probe\nparties:\n  - id: outage-probe-party\n    name: Probe\n    type: cloud\n    country: JP\n";

    @TempDir
    static Path home;

    private static int boltPort;
    private static EmbeddedNeo4jServer external;
    private static ConfigurableApplicationContext application;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheDatabaseAndTheApplication() throws IOException {
        boltPort = freePort();
        external = startExternal();
        application = new SpringApplicationBuilder(DemarcApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--demarc.neo4j.uri=" + external.boltUri(), "--demarc.neo4j.user=",
                        "--" + RETRY_TIME + "=2s");
        try (InputStream demo = DemarcApplication.class.getResourceAsStream("demo/demo-network.yaml")) {
            HttpResponse<String> imported = http(HttpRequest.newBuilder(api("/imports"))
                    .header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(demo.readAllBytes())));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        }
    }

    @AfterAll
    static void stopAll() {
        if (application != null) {
            application.close();
        }
        if (external != null) {
            external.close();
        }
    }

    @Test
    void whileTheDatabaseIsGoneTheApiAnswers503AndTheCliOneLineThenBothRecover() {
        HttpResponse<String> before = get("/duties?carrier=shinkai");
        assertThat(before.statusCode()).isEqualTo(200);

        external.close();
        try {
            for (String path : new String[] {"/duties?carrier=shinkai", "/demarcations", "/chains/shinkai-voice"}) {
                HttpResponse<String> gone = get(path);
                assertThat(gone.statusCode()).as(path).isEqualTo(503);
                assertThat(gone.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(gone.headers().firstValue("Retry-After")).isPresent();
                assertThat(gone.body()).contains("\"title\":\"Graph database unavailable\"", "\"status\":503",
                        "the graph database cannot be reached");
            }
            HttpResponse<String> importWhileGone = http(HttpRequest.newBuilder(api("/imports"))
                    .header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofString(SMALL_IMPORT)));
            assertThat(importWhileGone.statusCode()).isEqualTo(503);

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = DemarcCli.run(shortRetries(), new PrintWriter(out), new PrintWriter(err),
                    "duties", "--neo4j-uri", "bolt://127.0.0.1:" + boltPort, "--neo4j-user", "");
            assertThat(code).isEqualTo(3);
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString().lines().filter(line -> line.startsWith("demarc: ")).toList())
                    .singleElement().asString()
                    .startsWith("demarc: the graph database cannot be reached: ")
                    .contains("127.0.0.1:" + boltPort);
            assertThat(err.toString()).doesNotContain("\tat ");
        } finally {
            external = startExternal();
        }

        // the same application, never restarted: its driver reconnects to the database that is back
        HttpResponse<String> after = get("/duties?carrier=shinkai");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(before.body());
        HttpResponse<String> importAfter = http(HttpRequest.newBuilder(api("/imports"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(SMALL_IMPORT)));
        assertThat(importAfter.statusCode()).as(importAfter.body()).isEqualTo(200);
    }

    /** The CLI's own launcher, with the short driver retries of this test. */
    private static ApplicationLauncher shortRetries() {
        SpringLauncher spring = new SpringLauncher();
        return (properties, web, verbose) -> {
            Map<String, String> withRetries = new HashMap<>(properties);
            withRetries.put(RETRY_TIME, "2s");
            return spring.start(withRetries, web, verbose);
        };
    }

    /** The "external" server: the same store and Bolt port every time, as a restarted server would have. */
    private static EmbeddedNeo4jServer startExternal() {
        EmbeddedNeo4jServer server = EmbeddedNeo4jServer.startOrJoin(
                new EmbeddedSettings(home, boltPort, 64L * 1024 * 1024, "16M size"));
        assertThat(server.joined()).isFalse();
        return server;
    }

    private static HttpResponse<String> get(String path) {
        return http(HttpRequest.newBuilder(api(path)).GET());
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI api(String path) {
        return URI.create("http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port")
                + "/api/v1" + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
