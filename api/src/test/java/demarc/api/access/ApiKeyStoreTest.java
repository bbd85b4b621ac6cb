package demarc.api.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys are random, stored as hashes only, named uniquely, revocable, and seen by every reader of the file. */
class ApiKeyStoreTest {

    @TempDir
    Path store;

    @Test
    void aNewKeyIsRandomAndOnlyItsHashIsStored() throws IOException {
        ApiKeyStore keys = ApiKeyStore.in(store);
        NewApiKey first = keys.create(Role.REGULATOR, "mic");
        NewApiKey second = keys.create(Role.REGULATOR, null);

        assertThat(first.secret()).startsWith("demarc_").hasSize("demarc_".length() + 43).isNotEqualTo(second.secret());
        String file = Files.readString(keys.file(), StandardCharsets.UTF_8);
        assertThat(file).doesNotContain(first.secret(), second.secret())
                .contains(ApiKeyStore.sha256(first.secret()), "\"mic\"", "\"regulator-1\"");
        assertThat(first.toString()).doesNotContain(first.secret());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.file()))).isEqualTo("rw-------");
        assertThat(keys.list()).extracting(ApiKey::name).containsExactly("mic", "regulator-1");
    }

    @Test
    void onlyAnActiveKeyAuthenticatesAndRevokingTheLastKeyDoesNotOpenTheApi() {
        ApiKeyStore keys = ApiKeyStore.in(store);
        assertThat(keys.required()).isFalse();
        NewApiKey admin = keys.create(Role.ADMIN, "ops");

        assertThat(keys.required()).isTrue();
        assertThat(keys.authenticate(admin.secret())).map(ApiKey::name).contains("ops");
        assertThat(keys.authenticate(admin.secret() + "x")).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
        assertThat(keys.authenticate(null)).isEmpty();

        ApiKey revoked = keys.revoke("ops");
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(keys.authenticate(admin.secret())).isEmpty();
        assertThat(keys.required()).isTrue();
        assertThat(keys.hasActiveKey()).isFalse();
        assertThat(keys.list()).singleElement().extracting(key -> key.listed().status()).isEqualTo("revoked");
    }

    @Test
    void aRunningReaderSeesKeysCreatedAndRevokedByAnotherProcess() {
        ApiKeyStore server = ApiKeyStore.in(store);
        assertThat(server.required()).as("open before any key").isFalse();

        NewApiKey created = ApiKeyStore.in(store).create(Role.ARCHITECT, "design");
        assertThat(server.required()).isTrue();
        assertThat(server.authenticate(created.secret())).isPresent();

        ApiKeyStore.in(store).revoke("design");
        assertThat(server.authenticate(created.secret())).isEmpty();
    }

    @Test
    void namesAreCheckedAndUniqueAmongActiveKeys() {
        ApiKeyStore keys = ApiKeyStore.in(store);
        keys.create(Role.INVENTORY, "netbox-sync");
        assertThatThrownBy(() -> keys.create(Role.ADMIN, "netbox-sync"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already named 'netbox-sync'");
        assertThatThrownBy(() -> keys.create(Role.ADMIN, "bad name"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> keys.revoke("nobody"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no active key named 'nobody'");

        keys.revoke("netbox-sync");
        keys.create(Role.INVENTORY, "netbox-sync");
        assertThat(keys.list()).extracting(ApiKey::name).containsExactly("netbox-sync", "netbox-sync");
        assertThat(keys.create(Role.INVENTORY, null).key().name()).isEqualTo("inventory-1");
    }

    @Test
    void concurrentWritersLoseNoKey() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<NewApiKey>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                futures.add(pool.submit(() -> ApiKeyStore.in(store).create(Role.REGULATOR, "k" + n)));
            }
            Set<String> secrets = new HashSet<>();
            for (Future<NewApiKey> future : futures) {
                secrets.add(future.get().secret());
            }
            ApiKeyStore keys = ApiKeyStore.in(store);
            assertThat(keys.list()).hasSize(20);
            assertThat(secrets).allSatisfy(secret -> assertThat(keys.authenticate(secret)).isPresent());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDamagedFileIsNamed() throws IOException {
        Files.writeString(store.resolve(ApiKeyStore.FILE_NAME), "{not json");
        assertThatThrownBy(() -> ApiKeyStore.in(store).required())
                .hasMessageContaining("the API key file " + store.resolve(ApiKeyStore.FILE_NAME) + " is damaged");
    }
}
