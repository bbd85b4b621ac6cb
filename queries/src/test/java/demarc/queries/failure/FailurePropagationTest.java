package demarc.queries.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FailurePropagationTest {

    /** S requires ctl and anyOf[vmA, vmB]; both VMs run in zone Z; vmB also needs disk. */
    private final FailurePropagation graph = new FailurePropagation(List.of(
            new RequiresEdge("S", 0, false, "ctl"),
            new RequiresEdge("S", 1, true, "vmA"),
            new RequiresEdge("S", 1, true, "vmB"),
            new RequiresEdge("vmA", 0, false, "Z"),
            new RequiresEdge("vmB", 0, false, "Z"),
            new RequiresEdge("vmB", 1, false, "disk")));

    @Test
    void aPlainEntryFailsWithItsElementAndAnAnyOfEntryOnlyWithAllItsMembers() {
        assertThat(graph.failed(List.of("ctl"))).containsExactlyInAnyOrder("ctl", "S");
        assertThat(graph.failed(List.of("vmA"))).containsExactlyInAnyOrder("vmA");
        assertThat(graph.failed(List.of("disk"))).containsExactlyInAnyOrder("disk", "vmB");
        assertThat(graph.failed(List.of("vmA", "disk"))).containsExactlyInAnyOrder("vmA", "disk", "vmB", "S");
        assertThat(graph.failed(List.of())).isEmpty();
    }

    @Test
    void aSharedHostDefeatsRedundancy() {
        assertThat(graph.criticalFor("S")).containsExactly("Z", "ctl");
        assertThat(graph.criticalFor("vmB")).containsExactly("Z", "disk");
        assertThat(graph.criticalFor("Z")).isEmpty();
    }
}
