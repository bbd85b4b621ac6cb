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

/** {@code demarc whatif} and {@code demarc spof} on the demo network, in-process on an embedded Neo4j. */
class WhatIfCliTest {

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
    void aFailedAvailabilityZoneStopsTheVoiceServiceAndSaysWhichReportsThreeHoursTrigger() {
        Result result = onStore("whatif", "kumo-az-tokyo-1", "--hours", "3", "--format", "json");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());
        List<String> services = new ArrayList<>();
        json.get("services").forEach(service -> services.add(service.get("id").asString()));
        assertThat(services).contains("shinkai-voice");
        JsonNode voice = null;
        for (JsonNode service : json.get("services")) {
            if ("shinkai-voice".equals(service.get("id").asString())) {
                voice = service;
            }
        }
        assertThat(voice.get("hours").asDouble()).isEqualTo(3.0);
        assertThat(voice.get("rules").toString()).contains("serious-accident");
    }

    @Test
    void spofListsTheSharedZoneAsAThirdPartyAndUnknownIdsAreBadInput() {
        Result spof = onStore("spof", "shinkai-voice", "--format", "csv");
        Result unknown = onStore("whatif", "no-such-thing");

        assertThat(spof.code()).as(spof.err()).isZero();
        assertThat(spof.out()).contains("kumo-az-tokyo-1");
        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("'no-such-thing'");
    }
}
