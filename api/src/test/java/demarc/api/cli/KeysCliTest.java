package demarc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import demarc.api.access.ApiKeyStore;
import demarc.api.audit.AuditLog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code demarc keys} and {@code demarc audit} work on the store's files without starting the application, and
 * {@code serve} and {@code demo} refuse a bind beyond localhost without keys before anything starts.
 */
class KeysCliTest {

    @TempDir
    Path store;

    /** Fails the test if a command starts the application. */
    private static final ApplicationLauncher NO_APPLICATION = new ApplicationLauncher() {
        @Override
        public ConfigurableApplicationContext start(Map<String, String> properties, WebApplicationType web,
                                                    boolean verbose) {
            throw new AssertionError("this command must not start the application");
        }
    };

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DemarcCli.run(NO_APPLICATION, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void createPrintsTheKeyOnceOnStdoutAndNowhereElse() throws IOException {
        Result created = run("keys", "create", "--role", "regulator", "--name", "mic", "--db", store.toString());

        assertThat(created.code()).as(created.err()).isZero();
        String key = created.out().strip();
        assertThat(key).startsWith("demarc_").doesNotContain("\n");
        assertThat(created.err()).contains("Created the key 'mic' with the role regulator").doesNotContain(key);
        assertThat(ApiKeyStore.in(store).authenticate(key)).isPresent();

        Result listed = run("keys", "list", "--db", store.toString(), "--format", "json");
        Result exported = run("audit", "--db", store.toString(), "--format", "csv");
        assertThat(listed.out()).contains("\"mic\"", "\"regulator\"", "\"active\"").doesNotContain(key);
        assertThat(exported.out()).contains("keys create").doesNotContain(key);
        try (Stream<Path> files = Files.walk(store)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(key);
            }
        }
    }

    @Test
    void revokeListsTheKeyAsRevokedAndUnknownNamesAndRolesAreBadInput() {
        run("keys", "create", "--role", "inventory", "--db", store.toString());
        Result revoked = run("keys", "revoke", "inventory-1", "--db", store.toString());
        Result again = run("keys", "revoke", "inventory-1", "--db", store.toString());
        Result badRole = run("keys", "create", "--role", "root", "--db", store.toString());
        Result noRole = run("keys", "create", "--db", store.toString());
        Result table = run("keys", "list", "--db", store.toString());

        assertThat(revoked.code()).as(revoked.err()).isZero();
        assertThat(revoked.err()).contains("Revoked the key 'inventory-1' (inventory)");
        assertThat(again.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.err()).contains("no active key named 'inventory-1'");
        assertThat(badRole.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badRole.err()).contains("unknown role 'root', expected one of regulator, architect, inventory, admin");
        assertThat(noRole.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(table.out()).contains("inventory-1", "revoked");
    }

    @Test
    void auditExportsJsonAndCsvSinceATimeAndRecordsItsOwnExport() {
        run("keys", "create", "--role", "admin", "--name", "ops", "--db", store.toString());
        Result json = run("audit", "--db", store.toString(), "--format", "json");
        Result later = run("audit", "--db", store.toString(), "--since", "2999-01-01", "--format", "json");
        Result bad = run("audit", "--db", store.toString(), "--since", "soon");

        assertThat(json.code()).as(json.err()).isZero();
        JsonNode entries = JsonMapper.builder().build().readTree(json.out());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("path").asString()).isEqualTo("keys create");
        assertThat(entries.get(0).get("who").asString()).isEqualTo("local");
        assertThat(entries.get(0).get("channel").asString()).isEqualTo("cli");
        assertThat(entries.get(0).get("query").get("name").get(0).asString()).isEqualTo("ops");
        assertThat(later.out().strip()).isEqualTo("[ ]");
        assertThat(bad.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).contains("--since: since 'soon' is neither an instant");
        assertThat(AuditLog.in(store).read(null)).extracting(entry -> entry.path())
                .containsExactly("keys create", "audit", "audit");
    }

    @Test
    void serveAndDemoRefuseABindBeyondLocalhostWithoutKeysBeforeStartingAnything() {
        Result serve = run("serve", "--bind", "0.0.0.0", "--db", store.toString());
        Result demo = run("demo", "--bind", "0.0.0.0", "--db", store.resolve("demo").toString());

        assertThat(serve.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(serve.err()).contains("demarc: refusing to listen on 0.0.0.0 without an API key",
                "demarc keys create --role admin", store.resolve(ApiKeyStore.FILE_NAME).toString());
        assertThat(demo.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(demo.err()).contains("the demo wipes its store, API keys included");
        assertThat(List.of(serve.out(), demo.out())).allSatisfy(out -> assertThat(out).isEmpty());
    }
}
