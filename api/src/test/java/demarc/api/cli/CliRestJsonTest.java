package demarc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import demarc.api.demo.DemoNetwork;
import demarc.importer.inventory.InventoryImporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI's {@code --format json} and the REST body are the same, field by field. {@code serve}'s application
 * holds the embedded Neo4j; the CLI reaches it as an external server with {@code --neo4j-uri}.
 */
class CliRestJsonTest {

    @TempDir
    static Path temp;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext server;
    private static String api;
    private static String bolt;

    @BeforeAll
    static void serveTheDemo() throws Exception {
        server = new SpringLauncher().start(Serving.webProperties(new java.util.HashMap<>(Map.of(
                "demarc.db", temp.resolve("store").toString(), "demarc.bolt.port", "0")), 0, null),
                WebApplicationType.SERVLET, false);
        server.getBean(InventoryImporter.class).importDocument(DemoNetwork.FILE_NAME, DemoNetwork.content());
        api = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port") + "/api/v1";
        bolt = server.getEnvironment().getProperty("spring.neo4j.uri");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void dutiesDemarcationsAndChainsAreTheSameJsonOnBothSides() throws Exception {
        assertSame(cli("duties", "--format", "json"), rest("/duties"));
        assertSame(cli("duties", "--carrier", "hikari", "--regime", "jp-2023", "--format", "json"),
                rest("/duties?carrier=hikari&regime=jp-2023"));
        assertSame(cli("demarcation", "--format", "json"), rest("/demarcations"));
        assertSame(cli("chain", "kumo-vm-ims-a", "--format", "json"), rest("/chains/kumo-vm-ims-a"));
    }

    private static void assertSame(JsonNode cli, JsonNode rest) {
        assertThat(cli.size()).isEqualTo(rest.size());
        compare("$", cli, rest);
    }

    /** Walks both trees so that a difference names the field that differs. */
    private static void compare(String path, JsonNode cli, JsonNode rest) {
        assertThat(cli.getNodeType()).as(path).isEqualTo(rest.getNodeType());
        if (cli.isObject()) {
            assertThat(names(cli)).as(path).containsExactlyElementsOf(names(rest));
            for (Map.Entry<String, JsonNode> field : cli.properties()) {
                compare(path + "." + field.getKey(), field.getValue(), rest.get(field.getKey()));
            }
        } else if (cli.isArray()) {
            assertThat(cli.size()).as(path).isEqualTo(rest.size());
            Iterator<JsonNode> restItems = rest.iterator();
            int i = 0;
            for (JsonNode item : cli) {
                compare(path + "[" + i++ + "]", item, restItems.next());
            }
        } else {
            assertThat(cli).as(path).isEqualTo(rest);
        }
    }

    private static java.util.List<String> names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }

    private static JsonNode cli(String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--neo4j-uri", bolt, "--quiet")).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DemarcCli.run(new SpringLauncher(), new PrintWriter(out), new PrintWriter(err), all);
        assertThat(code).as(err.toString()).isZero();
        return JSON.readTree(out.toString());
    }

    private static JsonNode rest(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
