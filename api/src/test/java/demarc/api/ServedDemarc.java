package demarc.api;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import demarc.api.cli.SpringLauncher;
import demarc.api.demo.DemoNetwork;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.inventory.InventoryRejectedException;

/** {@code demarc serve} for a test: the web view and the REST API on a store of the test's, on free ports. */
public final class ServedDemarc implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String base;

    private ServedDemarc(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** Serves the store in {@code store} as it is (API keys put there beforehand apply). */
    public static ServedDemarc on(Path store) {
        return new ServedDemarc(new SpringLauncher().start(new HashMap<>(Map.of("demarc.db", store.toString(),
                "demarc.bolt.port", "0", "server.port", "0")), WebApplicationType.SERVLET, false));
    }

    /** Serves the demo network, imported into the store in {@code store}. */
    public static ServedDemarc demo(Path store) {
        ServedDemarc served = on(store);
        try {
            served.context.getBean(InventoryImporter.class).importDocument(DemoNetwork.FILE_NAME, DemoNetwork.content());
        } catch (InventoryRejectedException | RuntimeException e) {
            served.close();
            throw new IllegalStateException("the demo network did not import", e);
        }
        return served;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** The server's address, {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String base() {
        return base;
    }

    /** The REST API's root, {@code http://127.0.0.1:PORT/api/v1}. */
    public String api() {
        return base + "/api/v1";
    }

    @Override
    public void close() {
        context.close();
    }
}
