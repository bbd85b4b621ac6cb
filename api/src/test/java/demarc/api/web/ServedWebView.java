package demarc.api.web;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;

import demarc.api.ServedDemarc;

/** {@link ServedDemarc} on a store of the test's and a headless browser beside it; closes both. */
final class ServedWebView implements AutoCloseable {

    private final ServedDemarc served;
    final ConfigurableApplicationContext server;
    /** The web view's address, ending in a slash. */
    final String base;
    final Browser browser;

    ServedWebView(Path store, Path profile) {
        served = ServedDemarc.on(store);
        server = served.context();
        base = served.base() + "/";
        try {
            browser = new Browser(profile);
        } catch (RuntimeException e) {
            served.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            served.close();
        }
    }
}
