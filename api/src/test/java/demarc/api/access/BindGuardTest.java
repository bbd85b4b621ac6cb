package demarc.api.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Beyond localhost, no start without an active key. */
class BindGuardTest {

    @TempDir
    Path store;

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost", "LOCALHOST"})
    void loopbackAddressesNeedNoKey(String address) {
        assertThat(BindGuard.isLoopback(address)).isTrue();
        assertThatCode(() -> BindGuard.refuseUnprotected(address, ApiKeyStore.in(store))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "demarc.example.net", "localhost.evil"})
    void anyOtherAddressNeedsAnActiveKey(String address) {
        ApiKeyStore keys = ApiKeyStore.in(store);
        assertThat(BindGuard.isLoopback(address)).isFalse();
        assertThatThrownBy(() -> BindGuard.refuseUnprotected(address, keys))
                .isInstanceOf(UnprotectedBindException.class)
                .hasMessageContaining("refusing to listen on " + address + " without an API key")
                .hasMessageContaining("demarc keys create --role admin")
                .hasMessageContaining(keys.file().toString());

        keys.create(Role.ADMIN, "ops");
        assertThatCode(() -> BindGuard.refuseUnprotected(address, keys)).doesNotThrowAnyException();

        keys.revoke("ops");
        assertThatThrownBy(() -> BindGuard.refuseUnprotected(address, keys))
                .as("a revoked key protects nothing").isInstanceOf(UnprotectedBindException.class);
    }

    @Test
    void noAddressMeansEveryInterface() {
        assertThatThrownBy(() -> BindGuard.refuseUnprotected("", ApiKeyStore.in(store)))
                .hasMessageContaining("refusing to listen on every interface");
    }
}
