package demarc.importer.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The id → line accessor used by the design check: definitions and references with their lines, no graph. */
class DocumentLinesTest {

    private static final String DESIGN = """
            inventory: 1
            source: design
            services:
              - id: voice
                provider: c
                class: mobile
                requires: [sw, {anyOf: [vm-a, vm-b]}]
            functions:
              - id: sw
                kind: vnf
                owner: c
                requires: [vm-a]
            resources:
              - id: vm-a
                kind: vm
                owner: cloud
            """;

    @Test
    void definitionsAndReferencesCarryTheirLines() throws InventoryRejectedException {
        DocumentLines lines = DocumentLines.read("design.yaml", DESIGN);

        assertThat(lines.source()).isEqualTo("design");
        assertThat(lines.definitions()).extracting(d -> d.id() + " " + d.kind() + " " + d.path() + ":" + d.line())
                .containsExactly("voice service services[0]:4", "sw function functions[0]:9",
                        "vm-a resource resources[0]:14");
        assertThat(lines.references()).extracting(r -> r.from() + ">" + r.to() + ":" + r.line())
                .contains("voice>sw:7", "voice>vm-b:7", "sw>c:11", "sw>vm-a:12");
    }

    @Test
    void aSyntaxErrorIsRejectedWithItsLine() {
        assertThatThrownBy(() -> DocumentLines.read("bad.yaml", "inventory: 1\nsource: x\nresources: [a\n"))
                .isInstanceOf(InventoryRejectedException.class)
                .hasMessageStartingWith("bad.yaml:");
    }
}
