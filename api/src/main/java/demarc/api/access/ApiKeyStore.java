package demarc.api.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API keys of one store, in the file {@value #FILE_NAME} beside it (owner-only permissions). The file holds
 * each key's name, role, times and SHA-256; the key itself is printed once by {@link #create} and kept nowhere.
 *
 * <p>A file rather than {@code :ApiKey} nodes, because access is configuration of this demarc, not inventory:
 * the graph is exported whole (design checks copy it, a rejected import is compared with it), its embedded Bolt
 * port has no authentication on localhost, and an external Neo4j's users (an inventory pipeline, say) should not
 * be able to give themselves a role here. A file is guarded by the operating system, is read before Neo4j starts
 * (so a refused bind costs nothing), and {@code demarc keys} works without starting the application.
 *
 * <p>SHA-256 rather than a slow hash: a key is 256 random bits, so no dictionary or brute force reaches it from
 * its hash; slow hashes protect low-entropy passwords and would cost every request tens of milliseconds.
 *
 * <p>Every reader re-reads the file when it changes (a running server sees {@code demarc keys create} or
 * {@code revoke} by another process at its next request); writers take a lock file and replace the file whole.
 */
public final class ApiKeyStore {

    public static final String FILE_NAME = "api-keys.json";
    /** Marks demarc's keys, so that secret scanners and people recognise one that leaked. */
    static final String PREFIX = "demarc_";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Object WRITERS = new Object();

    private final Path file;
    private volatile Loaded loaded = new Loaded(null, List.of(), Map.of());

    private ApiKeyStore(Path file) {
        this.file = file;
    }

    /** The keys of the store in {@code storeFolder} (which need not exist yet). */
    public static ApiKeyStore in(Path storeFolder) {
        return new ApiKeyStore(storeFolder.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** Every key ever created, revoked ones included, in the order of creation. */
    public List<ApiKey> list() {
        return current().keys();
    }

    /**
     * Whether requests need a key: once a key has been created, even if all are revoked since, the API is no
     * longer open (revoking the last key must not open it again).
     */
    public boolean required() {
        return !current().keys().isEmpty();
    }

    public boolean hasActiveKey() {
        return current().keys().stream().anyMatch(ApiKey::active);
    }

    /** The active key whose hash is the hash of {@code presented}, if any. */
    public Optional<ApiKey> authenticate(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        ApiKey key = current().byHash().get(sha256(presented));
        return key != null && key.active() ? Optional.of(key) : Optional.empty();
    }

    /**
     * A new key with {@code role}, named {@code name} or, without one, {@code <role>-<n>}. The secret in the
     * answer is the only copy there will ever be.
     *
     * @throws IllegalArgumentException for a malformed name or one an active key already has
     */
    public NewApiKey create(Role role, String name) {
        Objects.requireNonNull(role, "role");
        if (name != null && !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("key name '" + name + "' is not allowed: 1 to 64 letters, digits, "
                    + "'.', '_' or '-', starting with a letter or digit");
        }
        return update(keys -> {
            String chosen = name != null ? name : freeName(keys, role);
            if (keys.stream().anyMatch(key -> key.active() && key.name().equals(chosen))) {
                throw new IllegalArgumentException("an active key is already named '" + chosen
                        + "'; revoke it first or choose another --name");
            }
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            ApiKey key = new ApiKey(chosen, role.wire(), sha256(secret), Instant.now(), null);
            keys.add(key);
            return new NewApiKey(key, secret);
        });
    }

    /**
     * Revokes the active key named {@code name}; it stays listed, revoked.
     *
     * @throws IllegalArgumentException when no active key has that name
     */
    public ApiKey revoke(String name) {
        return update(keys -> {
            for (int i = 0; i < keys.size(); i++) {
                ApiKey key = keys.get(i);
                if (key.active() && key.name().equals(name)) {
                    ApiKey revoked = new ApiKey(key.name(), key.role(), key.sha256(), key.createdAt(), Instant.now());
                    keys.set(i, revoked);
                    return revoked;
                }
            }
            throw new IllegalArgumentException("no active key named '" + name + "' in " + file
                    + " (demarc keys list shows them)");
        });
    }

    private static String freeName(List<ApiKey> keys, Role role) {
        for (int n = 1; ; n++) {
            String candidate = role.wire() + "-" + n;
            if (keys.stream().noneMatch(key -> key.name().equals(candidate))) {
                return candidate;
            }
        }
    }

    /** Reads, changes and replaces the file under the lock file, so that two writers never lose a key. */
    private <T> T update(Function<List<ApiKey>, T> change) {
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(FILE_NAME + ".lock");
            // A file lock keeps other processes out; Java gives it per JVM, so threads here take WRITERS first.
            synchronized (WRITERS) {
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                     FileLock lock = channel.lock()) {
                    List<ApiKey> keys = new ArrayList<>(read());
                    T result = change.apply(keys);
                    write(keys);
                    return result;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the API keys in " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(List<ApiKey> keys) throws IOException {
        Path temp = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temp);
        }
        Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(keys) + "\n",
                StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private List<ApiKey> read() throws IOException {
        try {
            return JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), new TypeReference<List<ApiKey>>() {
            });
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalStateException("the API key file " + file + " is damaged: " + e.getOriginalMessage(), e);
        }
    }

    /** The keys as the file holds them now, read again only when the file changed. */
    private Loaded current() {
        Object identity = identity();
        Loaded known = loaded;
        if (Objects.equals(identity, known.identity())) {
            return known;
        }
        try {
            List<ApiKey> keys = List.copyOf(read());
            Loaded fresh = new Loaded(identity, keys,
                    keys.stream().collect(Collectors.toUnmodifiableMap(ApiKey::sha256, key -> key, (a, b) -> b)));
            loaded = fresh;
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API keys in " + file + ": " + e.getMessage(), e);
        }
    }

    /** What changes whenever the file is replaced: its inode (a new file each write), time and size. */
    private Object identity() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API keys in " + file + ": " + e.getMessage(), e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private record Loaded(Object identity, List<ApiKey> keys, Map<String, ApiKey> byHash) {
    }
}
