package demarc.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import demarc.importer.format.UnitReport;
import demarc.importer.inventory.ImportListener;

/**
 * An import's progress on stderr. Nothing for the first {@link #SHOW_AFTER_NANOS two seconds}, so that small
 * imports stay silent; then, on a terminal, one line redrawn in place (stage, bar, items written of the total,
 * percentage, items per second, time taken) and on anything else (a CI log, a file) a plain line every
 * {@link #PLAIN_EVERY_NANOS ten seconds}, since carriage returns make a mess of logs. At the end the line gives way
 * to a one-line summary. {@code --quiet} creates none of it. An item is a node or relationship row written
 * ({@link ImportListener}).
 */
final class ImportProgress implements ImportListener {

    static final long SHOW_AFTER_NANOS = 2_000_000_000L;
    static final long REDRAW_EVERY_NANOS = 100_000_000L;
    static final long PLAIN_EVERY_NANOS = 10_000_000_000L;

    private static final Map<Stage, String> STAGE_NAMES = Map.of(
            Stage.CHECKING, "checking the files",
            Stage.WAITING, "waiting for the lock on the sources (held while another import writes them)",
            Stage.WRITING, "writing",
            Stage.FINISHING, "sweeping and deriving");

    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private final boolean terminal;
    private final int width;
    private final long started;

    private Stage stage = Stage.CHECKING;
    private long written;
    private long total;
    private long writingStarted;
    private long lastShown = Long.MIN_VALUE;
    private int drawnLength;

    /**
     * @param nanoClock a monotonic clock in nanoseconds (System::nanoTime)
     * @param terminal  whether {@code err} is a terminal: a redrawn bar; otherwise plain lines
     * @param width     the terminal's width in columns
     */
    ImportProgress(PrintWriter err, LongSupplier nanoClock, boolean terminal, int width) {
        this.err = err;
        this.nanoClock = nanoClock;
        this.terminal = terminal;
        this.width = width;
        this.started = nanoClock.getAsLong();
        this.writingStarted = started;
    }

    /** A display on the process's stderr, a bar if stderr is a terminal. */
    static ImportProgress onStderr(PrintWriter err) {
        return new ImportProgress(err, System::nanoTime, stderrIsTerminal(), columns());
    }

    @Override
    public synchronized void stage(Stage next) {
        stage = next;
        if (next == Stage.WRITING) {
            written = 0;
            writingStarted = nanoClock.getAsLong();
        }
        show(true);
    }

    @Override
    public synchronized void written(long items, long of) {
        if (items < written) {
            // the driver retried the transaction: it counts again from zero
            writingStarted = nanoClock.getAsLong();
        }
        written = items;
        total = of;
        show(false);
    }

    /** Replaces the progress line with the one-line summary of {@code report}. */
    synchronized void finished(UnitReport report) {
        clear();
        long relationships = report.counts().getOrDefault("relationships", 0);
        long entries = report.counts().entrySet().stream().filter(count -> !count.getKey().equals("relationships"))
                .mapToLong(Map.Entry::getValue).sum();
        long millis = Math.max(1, report.millis());
        err.printf(Locale.ROOT, "Imported %,d entries and %,d relationships from %d %s in %s (%,d entries/s)%s%n",
                entries, relationships, report.files().size(), report.files().size() == 1 ? "file" : "files",
                seconds(millis * 1_000_000), entries * 1000 / millis,
                report.warnings().isEmpty() ? "" : ", " + report.warnings().size() + " warnings");
        err.flush();
    }

    /** Takes the progress line away (the import failed: its errors follow on lines of their own). */
    synchronized void abandoned() {
        clear();
        err.flush();
    }

    private void show(boolean stageChanged) {
        long now = nanoClock.getAsLong();
        if (now - started < SHOW_AFTER_NANOS) {
            return;
        }
        long every = terminal ? REDRAW_EVERY_NANOS : PLAIN_EVERY_NANOS;
        if (!(stageChanged && terminal) && lastShown != Long.MIN_VALUE && now - lastShown < every) {
            return;
        }
        lastShown = now;
        if (terminal) {
            String line = fit(line(now));
            err.print('\r' + line + " ".repeat(Math.max(0, drawnLength - line.length())));
            drawnLength = line.length();
        } else {
            err.println("import: " + plainLine(now));
        }
        err.flush();
    }

    /** The terminal line: the bar takes what room the text leaves. */
    String line(long now) {
        String elapsed = seconds(now - started);
        if (stage != Stage.WRITING || total == 0) {
            return STAGE_NAMES.get(stage) + " ... " + elapsed;
        }
        String text = String.format(Locale.ROOT, " %,d/%,d items %3d%% %s/s %s", written, total,
                written * 100 / total, rate(now), elapsed);
        int room = width - 1 - "writing []".length() - text.length();
        if (room < 10) {
            return "writing" + text;
        }
        int filled = (int) (room * written / total);
        return "writing [" + "=".repeat(filled) + " ".repeat(room - filled) + "]" + text;
    }

    private String plainLine(long now) {
        String elapsed = seconds(now - started);
        if (stage != Stage.WRITING || total == 0) {
            return STAGE_NAMES.get(stage) + ", " + elapsed;
        }
        return String.format(Locale.ROOT, "writing %,d/%,d items (%d%%), %s items/s, %s", written, total,
                written * 100 / total, rate(now), elapsed);
    }

    private String rate(long now) {
        long nanos = Math.max(1, now - writingStarted);
        return String.format(Locale.ROOT, "%,d", written * 1_000_000_000L / nanos);
    }

    private String fit(String line) {
        return line.length() < width ? line : line.substring(0, Math.max(0, width - 1));
    }

    private void clear() {
        if (drawnLength > 0) {
            err.print('\r' + " ".repeat(drawnLength) + '\r');
            drawnLength = 0;
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /**
     * Whether stderr is a terminal. Java 17 only tells whether stdin and stdout are ({@code System.console()}); on
     * Linux, where the file descriptor can be read, the descriptor of stderr says it. TERM=dumb means no.
     */
    private static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.exists(stderr, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** The terminal's width from COLUMNS (shells export it only on request), else 80. */
    private static int columns() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").strip());
            return columns >= 20 ? columns : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
