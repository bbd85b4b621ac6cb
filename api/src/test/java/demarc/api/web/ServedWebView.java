package demarc.api.web;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import demarc.api.cli.SpringLauncher;

/** {@code demarc serve} on a store of the test's, on free ports, and a headless browser beside it; closes both. */
final class ServedWebView implements AutoCloseable {

    final ConfigurableApplicationContext server;
    /** The web view's address, ending in a slash. */
    final String base;
    final Browser browser;

    ServedWebView(Path store, Path profile) {
        server = new SpringLauncher().start(new HashMap<>(Map.of("demarc.db", store.toString(),
                "demarc.bolt.port", "0", "server.port", "0")), WebApplicationType.SERVLET, false);
        base = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port") + "/";
        try {
            browser = new Browser(profile);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
