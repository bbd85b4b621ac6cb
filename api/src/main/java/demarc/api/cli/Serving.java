package demarc.api.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;

import demarc.api.access.ApiKeyStore;
import demarc.api.audit.AuditLog;

/** What {@code serve} and {@code demo} share: the web options, where to find things, and waiting for Ctrl-C. */
final class Serving {

    private Serving() {
    }

    /** The web server properties for the given options; absent options leave application.properties in charge. */
    static Map<String, String> webProperties(Map<String, String> properties, Integer port, String bind) {
        if (port != null) {
            properties.put("server.port", port.toString());
        }
        if (bind != null) {
            properties.put("server.address", bind);
        }
        return properties;
    }

    /** Tells where the web view, the API and the graph can be reached. */
    static void announce(PrintWriter out, ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        String address = environment.getProperty("server.address", "127.0.0.1");
        String host = address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        out.println("Web view      " + base + "/");
        out.println("REST API      " + base + "/api/v1/duties  (also /demarcations, /chains/{id}, /regimes, "
                + "POST /imports)");
        out.println("OpenAPI       " + base + "/v3/api-docs");
        out.println("Health        " + base + "/actuator/health");
        ApiKeyStore keys = context.getBean(ApiKeyStore.class);
        out.println("Access        " + (keys.required()
                ? "an API key is required (Authorization: Bearer KEY); demarc keys list shows them"
                : "open: no API key exists yet (demarc keys create --role R)"));
        out.println("Audit         " + context.getBean(AuditLog.class).file() + "  (demarc audit, GET /api/v1/audit)");
        String external = environment.getProperty("demarc.neo4j.uri");
        if (external != null && !external.isBlank()) {
            out.println("Neo4j         " + external);
        } else {
            out.println("Neo4j Bolt    " + environment.getProperty("spring.neo4j.uri")
                    + "  (Neo4j Browser: connect to it with no authentication)");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    /** Blocks until the application is closed, by Ctrl-C or otherwise. */
    static void awaitClose(ConfigurableApplicationContext context) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await();
        }
    }
}
