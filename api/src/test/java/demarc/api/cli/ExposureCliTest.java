package demarc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import demarc.api.cli.DemoStoreCli.Result;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code demarc exposure} on the demo network, in-process on an embedded Neo4j. */
class ExposureCliTest {

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
    void theTableShowsBothListsAndTheContractorInVietNam() {
        Result result = cli.onStore("exposure");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Handling-policy lists (情報取扱方針), regime jp-2024",
                "Elements holding user information", "Behind each foreign country");
        String hoshuLine = result.out().lines().filter(l -> l.contains("hoshu")).findFirst().orElseThrow();
        assertThat(hoshuLine).contains("VN", "foreign-party", "contractor", "sk-udm", "access:remote-maintenance",
                "jp-2024/foreign-contractor");
    }

    @Test
    void jsonIsTheRestBodyAndCsvListsTheForeignLines() {
        Result json = cli.onStore("exposure", "--format", "json");
        Result csv = cli.onStore("exposure", "--format", "csv", "--columns", "country,party,rule");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode shinkai = JSON.readTree(json.out()).get("carriers").get(0);
        assertThat(shinkai.get("storedAbroad").get(0).asString()).isEqualTo("US");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("country,party,rule\r\n").contains("VN,hoshu,jp-2024/foreign-contractor");
    }

    @Test
    void aCarrierNotDesignatedIsListedOnlyWhenAskedForAndAnUnknownOneIsBadInput() {
        Result byDefault = cli.onStore("exposure", "--format", "json");
        Result asked = cli.onStore("exposure", "--carrier", "tsunagu", "--format", "json");
        Result all = cli.onStore("exposure", "--all-carriers", "--format", "csv", "--columns", "carrier");
        Result unknown = cli.onStore("exposure", "--carrier", "kumo");
        Result both = cli.onStore("exposure", "--carrier", "tsunagu", "--all-carriers");

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
