package demarc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import demarc.importer.format.FileReport;
import demarc.importer.format.UnitReport;
import demarc.importer.inventory.ImportListener.Stage;

/** The import's progress display, driven by a fake clock: what a terminal and a log get, and when. */
class ImportProgressTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    private final StringWriter err = new StringWriter();

    @Test
    void saysNothingDuringTheFirstTwoSeconds() {
        ImportProgress progress = terminal(80);
        progress.stage(Stage.CHECKING);
        at(1.0);
        progress.stage(Stage.WAITING);
        progress.stage(Stage.WRITING);
        at(1.9);
        progress.written(10_000, 20_000);

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void drawsABarWithCountsRateAndTimeInPlaceOnATerminal() {
        ImportProgress progress = terminal(80);
        at(2.5);
        progress.stage(Stage.WRITING);
        at(3.5);
        progress.written(5_000, 20_000);
        at(3.55);
        progress.written(6_000, 20_000);

        // the stage line, then the bar over it: 25 % of 31 columns; the second count, 50 ms later, is not drawn
        assertThat(err.toString()).isEqualTo("\rwriting ... 2.5 s"
                + "\rwriting [=======                        ] 5,000/20,000 items  25% 5,000/s 3.5 s");
        assertThat(err.toString().substring(err.toString().lastIndexOf('\r') + 1)).hasSize(79);

        at(4.5);
        progress.written(20_000, 20_000);
        assertThat(err.toString()).endsWith(
                "\rwriting [=============================] 20,000/20,000 items 100% 10,000/s 4.5 s");
    }

    @Test
    void dropsTheBarWhenTheTerminalIsNarrowAndCutsTheLineToTheWidth() {
        ImportProgress progress = terminal(40);
        at(3.0);
        progress.stage(Stage.WRITING);
        at(4.0);
        progress.written(1_234_567, 2_000_000);

        String line = err.toString().substring(err.toString().lastIndexOf('\r') + 1);
        assertThat(line).isEqualTo("writing 1,234,567/2,000,000 items  61% ");
        assertThat(line).hasSize(39);
    }

    @Test
    void aShorterLineBlanksWhatTheLongerOneLeft() {
        ImportProgress progress = terminal(80);
        at(3.0);
        progress.stage(Stage.WRITING);
        at(4.0);
        progress.written(5_000, 20_000);
        progress.stage(Stage.FINISHING);

        String last = err.toString().substring(err.toString().lastIndexOf('\r') + 1);
        assertThat(last).startsWith("sweeping and deriving ... 4.0 s").hasSize(79).endsWith("    ");
    }

    @Test
    void writesAPlainLineEveryTenSecondsWhenStderrIsNoTerminal() {
        ImportProgress progress = new ImportProgress(new PrintWriter(err), clock::get, false, 80);
        at(2.0);
        progress.stage(Stage.WAITING);
        at(3.0);
        progress.stage(Stage.WRITING);
        at(12.0);
        progress.written(9_000, 30_000);
        at(12.5);
        progress.written(18_000, 30_000); // within ten seconds of the last line
        at(14.0);
        progress.stage(Stage.FINISHING);
        progress.finished(report(30_000, 100_000, 15_000));

        assertThat(err.toString()).doesNotContain("\r").isEqualTo("""
                import: waiting for the lock on the sources (held while another import writes them), 2.0 s
                import: writing 9,000/30,000 items (30%), 1,000 items/s, 12.0 s
                Imported 30,000 entries and 100,000 relationships from 1 file in 15.0 s (2,000 entries/s)
                """);
    }

    @Test
    void replacesTheBarWithTheSummary() {
        ImportProgress progress = terminal(80);
        at(3.0);
        progress.stage(Stage.FINISHING);
        progress.finished(report(12, 30, 3_000));

        assertThat(err.toString()).isEqualTo("\rsweeping and deriving ... 3.0 s"
                + "\r" + " ".repeat(31) + "\r"
                + "Imported 12 entries and 30 relationships from 1 file in 3.0 s (4 entries/s)\n");
    }

    @Test
    void aQuickImportGetsOnlyTheSummary() {
        ImportProgress progress = terminal(80);
        progress.stage(Stage.WRITING);
        progress.written(12, 12);
        progress.finished(report(12, 30, 80));

        assertThat(err.toString()).isEqualTo(
                "Imported 12 entries and 30 relationships from 1 file in 0.1 s (150 entries/s)\n");
    }

    @Test
    void aRetriedTransactionRestartsTheRate() {
        ImportProgress progress = terminal(80);
        at(2.0);
        progress.stage(Stage.WRITING);
        at(4.0);
        progress.written(10_000, 20_000);
        at(6.0);
        progress.written(2_000, 20_000);
        at(7.0);
        progress.written(4_000, 20_000);

        assertThat(err.toString()).endsWith("4,000/20,000 items  20% 4,000/s 7.0 s");
    }

    @Test
    void abandoningTakesTheLineAwaySoThatErrorsStartOnAFreshLine() {
        ImportProgress progress = terminal(80);
        at(3.0);
        progress.stage(Stage.CHECKING);
        progress.abandoned();

        assertThat(err.toString()).isEqualTo("\rchecking the files ... 3.0 s\r" + " ".repeat(28) + "\r");
    }

    private ImportProgress terminal(int width) {
        return new ImportProgress(new PrintWriter(err), clock::get, true, width);
    }

    /** Moves the clock to {@code seconds} after the display was created. */
    private void at(double seconds) {
        clock.set(1_000 * SECOND + (long) (seconds * SECOND));
    }

    private static UnitReport report(int entries, int relationships, long millis) {
        Map<String, Integer> counts = Map.of("functions", entries, "relationships", relationships);
        FileReport file = new FileReport("big.yaml", "inventory", "big", counts, Map.of(), List.of(), List.of());
        return new UnitReport("big.yaml", "big", counts, Map.of(), List.of(), millis, List.of(file), List.of(),
                List.of());
    }
}
