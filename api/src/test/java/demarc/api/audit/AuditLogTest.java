package demarc.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit file only grows, line by line, whole lines even from many writers, and reads back since a time. */
class AuditLogTest {

    @TempDir
    Path store;

    private static AuditEntry entry(Instant at, String path) {
        return new AuditEntry(at, "mic", "regulator", "rest", "127.0.0.1", "GET", path,
                Map.of("carrier", List.of("shinkai")), 200, null, null, Map.of("rows", 3), 12);
    }

    @Test
    void entriesAreAppendedAndReadBackSinceATime() throws IOException {
        AuditLog audit = AuditLog.in(store);
        assertThat(audit.read(null)).isEmpty();
        audit.append(entry(Instant.parse("2026-11-28T10:00:00Z"), "/api/v1/duties"));
        byte[] before = Files.readAllBytes(audit.file());
        audit.append(entry(Instant.parse("2026-11-29T10:00:00Z"), "/api/v1/demarcations"));

        byte[] after = Files.readAllBytes(audit.file());
        assertThat(Arrays.copyOf(after, before.length)).as("earlier lines stay as they were").isEqualTo(before);
        assertThat(Files.readAllLines(audit.file())).hasSize(2)
                .first().asString().contains("\"at\":\"2026-11-28T10:00:00Z\"", "\"who\":\"mic\"");
        assertThat(audit.read(null)).extracting(AuditEntry::path)
                .containsExactly("/api/v1/duties", "/api/v1/demarcations");
        assertThat(audit.read(AuditTimes.since("2026-11-29"))).singleElement()
                .isEqualTo(entry(Instant.parse("2026-11-29T10:00:00Z"), "/api/v1/demarcations"));
    }

    @Test
    void aLineCutByACrashIsSkippedAndTheRestIsRead() throws IOException {
        AuditLog audit = AuditLog.in(store);
        audit.append(entry(Instant.parse("2026-11-28T10:00:00Z"), "/api/v1/duties"));
        Files.writeString(audit.file(), "{\"at\":\"2026-11-28T10:0", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(audit.file(), "\n", java.nio.file.StandardOpenOption.APPEND);
        audit.append(entry(Instant.parse("2026-11-28T11:00:00Z"), "/api/v1/regimes"));

        assertThat(audit.read(null)).extracting(AuditEntry::path).containsExactly("/api/v1/duties", "/api/v1/regimes");
    }

    @Test
    void manyWritersWriteWholeLines() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                writes.add(pool.submit(() -> AuditLog.in(store).append(entry(Instant.now(), "/api/v1/chains/e" + n))));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(AuditLog.in(store).read(null)).hasSize(200);
        assertThat(Files.readAllLines(AuditLog.in(store).file())).hasSize(200);
    }

    @Test
    void sinceAndUntilTakeAnInstantOrADay() {
        assertThat(AuditTimes.since("2026-11-29T06:00:00Z")).isEqualTo(Instant.parse("2026-11-29T06:00:00Z"));
        assertThat(AuditTimes.since("2026-11-29")).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(AuditTimes.since(null)).isNull();
        assertThatThrownBy(() -> AuditTimes.since("yesterday")).hasMessageContaining("neither an instant");
        assertThat(AuditTimes.until("2026-11-29T06:00:00Z")).isEqualTo(Instant.parse("2026-11-29T06:00:00Z"));
        assertThat(AuditTimes.until("2026-11-29")).as("through the day").isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThatThrownBy(() -> AuditTimes.until("tomorrow")).hasMessageStartingWith("until 'tomorrow' is neither");
    }

    @Test
    void queryParametersNamedLikeSecretsAreRedacted() {
        assertThat(QueryParameters.parse("carrier=shinkai&api_key=demarc_x&token=t&carrier=hikari&to=jp%2D2023"))
                .containsEntry("carrier", List.of("shinkai", "hikari"))
                .containsEntry("api_key", List.of(QueryParameters.REDACTED))
                .containsEntry("token", List.of(QueryParameters.REDACTED))
                .containsEntry("to", List.of("jp-2023"));
    }

    @Test
    void theSourceHashOfOneFileIsItsSha256sum() throws IOException {
        Path file = Files.writeString(store.resolve("a.yaml"), "abc");
        SourceDigest one = SourceDigest.of(List.of(file));
        assertThat(one.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(one.bytes()).isEqualTo(3);

        Path other = Files.writeString(store.resolve("b.yaml"), "abcd");
        SourceDigest two = SourceDigest.of(List.of(file, other));
        assertThat(two.bytes()).isEqualTo(7);
        assertThat(two.sha256()).hasSize(64).isNotEqualTo(one.sha256());
        assertThat(SourceDigest.of(List.of(store)).bytes()).isEqualTo(7);
    }
}
