package demarc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import demarc.api.cli.DemoStoreCli.Result;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code demarc whatif} and {@code demarc spof} on the demo network, in-process on an embedded Neo4j. */
class WhatIfCliTest {

    @TempDir
    static Path temp;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static DemoStoreCli cli;

    @BeforeAll
    static void runTheDemo() {
        cli = DemoStoreCli.start(temp.resolve("store"));
    }

    @AfterAll
    static void stop() {
        cli.close();
    }

    @Test
    void aFailedAvailabilityZoneStopsTheVoiceServiceAndSaysWhichReportsThreeHoursTrigger() {
        Result result = cli.onStore("whatif", "kumo-az-tokyo-1", "--hours", "3", "--format", "json");
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
        Result spof = cli.onStore("spof", "shinkai-voice", "--format", "csv");
        Result unknown = cli.onStore("whatif", "no-such-thing");

        assertThat(spof.code()).as(spof.err()).isZero();
        assertThat(spof.out()).contains("kumo-az-tokyo-1");
        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("'no-such-thing'");
    }
}
