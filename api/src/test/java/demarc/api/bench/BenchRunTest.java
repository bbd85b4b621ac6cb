package demarc.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark at its smallest size, for what it reports, not how fast anything is: the {@code saveAll} baseline
 * writes the same graph as the {@code UNWIND MERGE} baseline and says so, and a budget stops it honestly.
 */
class BenchRunTest {

    @TempDir
    Path work;

    @Test
    void saveAllWritesTheBaselinesGraphAndReportsItsRate() {
        Map<String, Object> result = new BenchRun(work, 1, 64L * 1024 * 1024, Set.of("duty-sweep", "explanations"),
                Duration.ofMinutes(10), line -> { }).run(100);

        assertThat(result.get("saveAllComplete")).isEqualTo(true);
        assertThat(result.get("saveAllCounts")).isEqualTo("as intended");
        assertThat(result.get("saveAllNodes")).isEqualTo(result.get("saveAllIntendedNodes"));
        assertThat(result.get("saveAllRelationships")).isEqualTo(result.get("saveAllIntendedRelationships"));
        assertThat((Long) result.get("saveAllNodes")).isPositive();
        assertThat((Long) result.get("saveAllRelationships")).isPositive();
        // the same documents, the same nodes and relationships as the plain loader writes
        assertThat(result.get("saveAllEntities")).isEqualTo(result.get("baselineEntities"));
        assertThat((Long) result.get("saveAllEntitiesPerSecond")).isPositive();
        assertThat((String) result.get("saveAll")).startsWith(String.format("%,d of %,d entities in ",
                result.get("saveAllEntities"), result.get("saveAllEntities")))
                .endsWith("the store's counts as intended");

        StringWriter table = new StringWriter();
        BenchReport.print(List.of(result), new PrintWriter(table));
        assertThat(table.toString()).containsPattern(
                "Spring Data Neo4j saveAll, entities/s +\\| +" + result.get("saveAllEntitiesPerSecond") + "\n");
        assertThat(table.toString()).contains("saveAll at 100 elements: " + result.get("saveAll"));
    }

    @Test
    void aSpentBudgetStopsSaveAllAndSaysHowMuchItWrote() {
        Map<String, Object> result = new BenchRun(work, 1, 64L * 1024 * 1024,
                Set.of("duty-sweep", "explanations", "baseline"), Duration.ofNanos(1), line -> { }).run(100);

        assertThat(result.get("saveAllComplete")).isEqualTo(false);
        // the budget is hard: the first call, still running when it is spent, is abandoned and commits nothing
        assertThat(result.get("saveAllCalls")).isEqualTo(0);
        assertThat(result.get("saveAllCounts")).isEqualTo("budget reached");
        long intended = (Long) result.get("saveAllIntendedEntities");
        assertThat(result.get("saveAllEntities")).isEqualTo(0L);
        assertThat(intended).isPositive();
        assertThat((String) result.get("saveAll")).startsWith(String.format("0 of %,d entities in ", intended))
                .contains("stopped by the 0 s budget after 0 complete saveAll calls");
        assertThat(result).doesNotContainKey("baselineEntities");
    }
}
