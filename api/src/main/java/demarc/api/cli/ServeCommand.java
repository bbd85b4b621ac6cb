package demarc.api.cli;

import org.springframework.boot.WebApplicationType;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demarc serve}: the web view and the REST API until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves the web view at / and the REST API under /api/v1 (OpenAPI at /v3/api-docs, health at",
                "/actuator/health) until Ctrl-C. It binds to 127.0.0.1 unless told otherwise: the API has no",
                "authentication."})
final class ServeCommand extends ContextCommand {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: 127.0.0.1).")
    String bind;

    @Override
    public Integer call() throws Exception {
        return withApplication(Serving.webProperties(connection.properties(), port, bind), WebApplicationType.SERVLET,
                context -> {
                    Serving.announce(out(), context);
                    Serving.awaitClose(context);
                    return ExitCode.OK;
                });
    }
}
