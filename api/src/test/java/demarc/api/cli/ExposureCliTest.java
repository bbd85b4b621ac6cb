package demarc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code demarc exposure} on the demo network, in-process on an embedded Neo4j. */
class ExposureCliTest {

    @TempDir
    static Path temp;

    private static final SharedContextLauncher LAUNCHER = new SharedContextLauncher();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String[] store;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void runTheDemo() throws IOException {
        store = new String[] {"--db", temp.resolve("store").toString(), "--bolt-port", String.valueOf(freePort())};
        Result demo = run("demo", "--no-serve", store[0], store[1], store[2], store[3]);
        assertThat(demo.code()).as(demo.err()).isZero();
    }

    @AfterAll
    static void stop() {
        LAUNCHER.close();
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DemarcCli.run(LAUNCHER, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static Result onStore(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(store));
        return run(all.toArray(String[]::new));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void theTableShowsBothListsAndTheContractorInVietNam() {
        Result result = onStore("exposure");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Handling-policy lists (情報取扱方針), regime jp-2024",
                "Elements holding user information", "Behind each foreign country");
        String hoshuLine = result.out().lines().filter(l -> l.contains("hoshu")).findFirst().orElseThrow();
        assertThat(hoshuLine).contains("VN", "foreign-party", "contractor", "sk-udm", "access:remote-maintenance",
                "jp-2024/foreign-contractor");
    }

    @Test
    void jsonIsTheRestBodyAndCsvListsTheForeignLines() {
        Result json = onStore("exposure", "--format", "json");
        Result csv = onStore("exposure", "--format", "csv", "--columns", "country,party,rule");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode shinkai = JSON.readTree(json.out()).get("carriers").get(0);
        assertThat(shinkai.get("storedAbroad").get(0).asString()).isEqualTo("US");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("country,party,rule\r\n").contains("VN,hoshu,jp-2024/foreign-contractor");
    }

    @Test
    void aCarrierNotDesignatedIsListedOnlyWhenAskedForAndAnUnknownOneIsBadInput() {
        Result byDefault = onStore("exposure", "--format", "json");
        Result asked = onStore("exposure", "--carrier", "tsunagu", "--format", "json");
        Result all = onStore("exposure", "--all-carriers", "--format", "csv", "--columns", "carrier");
        Result unknown = onStore("exposure", "--carrier", "kumo");
        Result both = onStore("exposure", "--carrier", "tsunagu", "--all-carriers");

        assertThat(byDefault.out()).doesNotContain("\"tsunagu\"");
        assertThat(asked.code()).as(asked.err()).isZero();
        JsonNode tsunagu = JSON.readTree(asked.out()).get("carriers").get(0);
        assertThat(tsunagu.get("carrier").asString()).isEqualTo("tsunagu");
        assertThat(tsunagu.get("designated").asBoolean()).isFalse();
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("no carrier with id 'kumo'");
        assertThat(both.code()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
