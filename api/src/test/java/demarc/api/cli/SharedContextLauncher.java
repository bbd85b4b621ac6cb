package demarc.api.cli;

import java.util.Map;
import java.util.Objects;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application through {@link SpringLauncher}, exactly as the CLI does, but keeps it running between
 * commands that ask for the same properties, so that a test class starts Neo4j once. A command that asks for
 * different properties gets a fresh application (the previous one is closed first: one store, one owner).
 */
final class SharedContextLauncher implements ApplicationLauncher, AutoCloseable {

    private final SpringLauncher spring = new SpringLauncher();
    private ConfigurableApplicationContext context;
    private Map<String, String> properties;
    private WebApplicationType web;
    private int starts;

    @Override
    public synchronized ConfigurableApplicationContext start(Map<String, String> properties, WebApplicationType web,
                                                             boolean verbose) {
        if (context != null && context.isActive() && properties.equals(this.properties) && web == this.web) {
            return context;
        }
        close();
        context = spring.start(properties, web, verbose);
        this.properties = Map.copyOf(properties);
        this.web = web;
        starts++;
        return context;
    }

    @Override
    public void stop(ConfigurableApplicationContext context) {
        // kept for the next command; closed by close()
        Objects.requireNonNull(context);
    }

    /** The running application, for tests that look at the stored graph between commands. */
    synchronized ConfigurableApplicationContext context() {
        return context;
    }

    /** How many applications were started: a command that did not pass its options through starts another. */
    synchronized int starts() {
        return starts;
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
