package demarc.model.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

/** The gate's protocol on its own: what a commit holds, what reopening releases, what cannot be done. */
class GraphGateTest {

    private final GraphGate gate = new GraphGate();

    @Test
    void aReadWaitsWhileACommitHoldsTheGateAndRunsOnceItIsReopened() throws Exception {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            gate.closeForCommit();
            Future<String> read = reader.submit(() -> gate.read(() -> "read"));
            assertThatThrownBy(() -> read.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

            gate.reopen();
            assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("read");
        } finally {
            gate.reopen();
            reader.shutdownNow();
        }
    }

    @Test
    void aRetriedAttemptClosingAgainIsReleasedByOneReopen() throws Exception {
        gate.closeForCommit();
        gate.closeForCommit();
        gate.reopen();

        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            assertThat(reader.submit(() -> gate.read(() -> "read")).get(10, TimeUnit.SECONDS)).isEqualTo("read");
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void readsNestAndACommitInsideAReadIsRefusedRatherThanWaitingForever() {
        assertThat(gate.read(() -> gate.read(() -> "nested"))).isEqualTo("nested");
        assertThatThrownBy(() -> gate.read(() -> {
            gate.closeForCommit();
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a read");
    }

    @Test
    void reopeningAGateThisThreadDidNotCloseChangesNothing() throws Exception {
        gate.reopen();
        ExecutorService committer = Executors.newSingleThreadExecutor();
        try {
            committer.submit(gate::closeForCommit).get(10, TimeUnit.SECONDS);
            gate.reopen();
            ExecutorService reader = Executors.newSingleThreadExecutor();
            try {
                Future<String> read = reader.submit(() -> gate.read(() -> "read"));
                assertThatThrownBy(() -> read.get(200, TimeUnit.MILLISECONDS))
                        .as("still closed by the other thread").isInstanceOf(TimeoutException.class);
                committer.submit(gate::reopen).get(10, TimeUnit.SECONDS);
                assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("read");
            } finally {
                reader.shutdownNow();
            }
        } finally {
            committer.shutdownNow();
        }
    }
}
