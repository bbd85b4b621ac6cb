package demarc.api.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The source hash of what the command line imports: for one file its SHA-256 (what {@code sha256sum} prints), for
 * several (or a folder) the SHA-256 of their {@code sha256sum} listing in path order, so that the same files give
 * the same hash wherever they are checked out.
 */
public record SourceDigest(String sha256, long bytes) {

    public static SourceDigest of(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        try {
            for (Path path : paths) {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> walk = Files.walk(path)) {
                        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                    }
                } else {
                    files.add(path);
                }
            }
            long bytes = 0;
            StringBuilder listing = new StringBuilder();
            String single = null;
            for (Path file : files) {
                MessageDigest digest = newDigest();
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    bytes += in.transferTo(OutputStream.nullOutputStream());
                }
                single = HexFormat.of().formatHex(digest.digest());
                listing.append(single).append("  ").append(file.toString().replace('\\', '/')).append('\n');
            }
            String hash = files.size() == 1 ? single
                    : HexFormat.of().formatHex(newDigest().digest(listing.toString().getBytes(StandardCharsets.UTF_8)));
            return new SourceDigest(hash, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + paths + " for the audit's source hash", e);
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
