package demarc.api.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import demarc.api.demo.DemoNetwork;

/**
 * The short load run of docs/load.md: 50 clients for 10 s mixing queries and imports of their own sources against
 * the served demo network, over loopback HTTP. No request may fail; how fast they are is measured, not tested.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "demarc.bolt.port=0")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LoadRunTest {

    @TempDir
    static Path store;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("demarc.db", store::toString);
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void fiftyClientsForTenSecondsGetNoError() throws Exception {
        LoadRun run = new LoadRun(new LoadRun.Options(URI.create("http://127.0.0.1:" + port + "/api/v1"), 50,
                Duration.ofSeconds(10), 1));
        LoadReport report = run.run(DemoNetwork.content(), line -> { });

        assertThat(report.errorSamples()).isEmpty();
        assertThat(report.errors()).isZero();
        assertThat(report.operations().keySet())
                .containsExactly("duties", "demarcations", "chain", "whatif", "import", "all");
        // every kind of request was sent, imports included, by more than one client at a time
        report.operations().forEach((operation, stats) -> assertThat(stats.requests()).as(operation).isPositive());
        assertThat(report.requests()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void aClientsSmallImportIsItsOwnSourceAndChangesItsVmEachTime() {
        assertThat(LoadRun.smallImport(7, 0)).contains("source: load-client-7", "load-cloud-7-vm-0");
        assertThat(LoadRun.smallImport(7, 1)).contains("source: load-client-7", "load-cloud-7-vm-1");
        assertThat(LoadRun.smallImport(8, 0)).contains("source: load-client-8");
    }
}
