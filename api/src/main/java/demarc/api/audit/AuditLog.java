package demarc.api.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit of one store: the file {@value #FILE_NAME} beside it, one JSON object a line, only ever appended to.
 *
 * <p>A file rather than {@code :AuditEntry} nodes: an entry must survive the import it records being rolled back
 * and the graph being unreachable (a 503 is worth recording too); it must not take locks in the graph that
 * imports contend for, nor grow the graph that design checks copy and full exports compare; and an append-only
 * file is what the operating system can protect ({@code chattr +a}) and log shippers read. The server and a
 * command line run at the same time on the same store append to the same file: each line is written whole
 * under an exclusive lock of the file.
 */
public final class AuditLog {

    public static final String FILE_NAME = "audit.jsonl";
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Object WRITERS = new Object();

    private final Path file;

    private AuditLog(Path file) {
        this.file = file;
    }

    /** The audit of the store in {@code storeFolder} (which need not exist yet). */
    public static AuditLog in(Path storeFolder) {
        return new AuditLog(storeFolder.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** Appends {@code entry} as one line. */
    public void append(AuditEntry entry) {
        byte[] line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another process created it between the check and here
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);
                }
            }
            // The file lock keeps other processes' lines apart; Java gives it per JVM, so threads take WRITERS.
            synchronized (WRITERS) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
                     FileLock lock = channel.lock()) {
                    ByteBuffer buffer = ByteBuffer.wrap(line);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The entries from {@code since} on (all of them for null), oldest first. A line that is not an entry (the end
     * of a line cut by a crash) is skipped with a warning, so that one bad line never hides the rest.
     */
    public List<AuditEntry> read(Instant since) {
        List<AuditEntry> entries = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                AuditEntry entry;
                try {
                    entry = JSON.readValue(line, AuditEntry.class);
                } catch (JacksonException e) {
                    log.warn("{}:{}: not an audit entry, skipped: {}", file, number, e.getOriginalMessage());
                    continue;
                }
                if (since == null || !entry.at().isBefore(since)) {
                    entries.add(entry);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit " + file + ": " + e.getMessage(), e);
        }
        return entries;
    }
}
