package demarc.api;

import java.lang.management.ManagementFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import demarc.api.neo4j.EmbeddedNeo4jServer;

/** Logs how long demarc took from JVM start to ready, and the embedded Neo4j's share of it. */
@Component
class ReadinessLog implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadinessLog.class);

    private final ObjectProvider<EmbeddedNeo4jServer> embedded;

    ReadinessLog(ObjectProvider<EmbeddedNeo4jServer> embedded) {
        this.embedded = embedded;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        EmbeddedNeo4jServer server = embedded.getIfAvailable();
        String neo4j = server == null ? "external Neo4j"
                : server.joined() ? "joined the embedded Neo4j of another process at " + server.boltUri()
                : "embedded Neo4j started in " + server.startMillis() + " ms";
        log.info("demarc ready {} ms after JVM start ({})", sinceJvmStart, neo4j);
    }
}
