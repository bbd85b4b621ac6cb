package demarc.api.cli;

import org.springframework.boot.WebApplicationType;

import demarc.api.access.ApiKeyStore;
import demarc.api.access.BindGuard;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demarc serve}: the web view and the REST API until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves the web view at / and the REST API under /api/v1 (OpenAPI at /v3/api-docs, health at",
                "/actuator/health) until Ctrl-C. It binds to 127.0.0.1 unless told otherwise; beyond localhost it",
                "needs API keys (demarc keys create), and once a key exists every API request needs one."})
final class ServeCommand extends ContextCommand {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: 127.0.0.1).")
    String bind;

    @Override
    public Integer call() throws Exception {
        refuseUnprotected(bind, connection);
        return withApplication(Serving.webProperties(connection.properties(), port, bind), WebApplicationType.SERVLET,
                context -> {
                    Serving.announce(out(), context);
                    Serving.awaitClose(context);
                    return ExitCode.OK;
                });
    }

    /**
     * Refuses a bind beyond localhost without an active key before anything starts; the application checks again
     * on start, for an address that came from elsewhere.
     */
    static void refuseUnprotected(String bind, ConnectionOptions connection) {
        String fromEnvironment = System.getenv("SERVER_ADDRESS");
        String address = bind != null ? bind : fromEnvironment != null ? fromEnvironment : "127.0.0.1";
        BindGuard.refuseUnprotected(address, ApiKeyStore.in(connection.storeFolder()));
    }
}
