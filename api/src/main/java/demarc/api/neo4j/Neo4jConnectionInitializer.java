package demarc.api.neo4j;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * Points Spring Boot's Neo4j driver at the graph demarc should use, before any bean is created: the external
 * server named by {@code demarc.neo4j.uri}, or, when that is empty, an {@link EmbeddedNeo4jServer} started here.
 * Either way it only sets {@code spring.neo4j.*} (and {@code spring.data.neo4j.database}), so the driver, Spring
 * Data Neo4j and the health check take the same path against both.
 *
 * <p>Registered for every context in {@code META-INF/spring.factories}. The work happens when the context
 * refreshes rather than in {@link #initialize}, so properties that tests and other initializers add to the
 * environment (e.g. {@code @DynamicPropertySource}) are seen. The embedded server is registered as the singleton
 * {@value #SERVER_BEAN} and stopped after the driver when the context closes.
 */
public final class Neo4jConnectionInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The bean name of the {@link EmbeddedNeo4jServer}, present only when demarc runs embedded. */
    public static final String SERVER_BEAN = "embeddedNeo4jServer";

    private static final Logger log = LoggerFactory.getLogger(Neo4jConnectionInitializer.class);
    private static final String PROPERTY_SOURCE = "demarcNeo4jConnection";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.addBeanFactoryPostProcessor(new ConnectOnRefresh(context.getEnvironment()));
    }

    private record ConnectOnRefresh(ConfigurableEnvironment environment) implements BeanDefinitionRegistryPostProcessor {

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            Map<String, Object> spring = new HashMap<>();
            String uri = environment.getProperty("demarc.neo4j.uri", "").strip();
            String database = environment.getProperty("demarc.neo4j.database", "").strip();
            if (!database.isEmpty()) {
                spring.put("spring.data.neo4j.database", database);
            }
            if (uri.isEmpty()) {
                EmbeddedNeo4jServer server = EmbeddedNeo4jServer.startOrJoin(embeddedSettings());
                var beans = (DefaultSingletonBeanRegistry) registry;
                beans.registerSingleton(SERVER_BEAN, server);
                // registered before the driver exists, so destroyed after it
                beans.registerDisposableBean(SERVER_BEAN, server::close);
                spring.put("spring.neo4j.uri", server.boltUri().toString());
                // an empty user name makes Boot use AuthTokens.none(); the embedded server has auth disabled
                spring.put("spring.neo4j.authentication.username", "");
                spring.put("spring.neo4j.authentication.password", "");
            } else {
                spring.put("spring.neo4j.uri", uri);
                spring.put("spring.neo4j.authentication.username", environment.getProperty("demarc.neo4j.user", ""));
                spring.put("spring.neo4j.authentication.password",
                        environment.getProperty("demarc.neo4j.password", ""));
                log.info("using the Neo4j server at {} (database {})", uri,
                        database.isEmpty() ? "default" : database);
            }
            environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, spring));
        }

        private EmbeddedSettings embeddedSettings() {
            Binder binder = Binder.get(environment);
            return new EmbeddedSettings(
                    Path.of(environment.getRequiredProperty("demarc.db")),
                    environment.getRequiredProperty("demarc.bolt.port", Integer.class),
                    binder.bind("demarc.embedded.page-cache", DataSize.class)
                            .orElseThrow(() -> new IllegalStateException("demarc.embedded.page-cache is not set"))
                            .toBytes(),
                    environment.getRequiredProperty("demarc.embedded.tx-log-retention"));
        }
    }
}
