package demarc.api.cli;

import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the demarc application for one command, and stops it when the command is done. */
public interface ApplicationLauncher {

    /**
     * A running application context.
     *
     * @param properties Spring properties from the command line; they take precedence over every other source
     * @param web        {@link WebApplicationType#SERVLET} to serve the REST API, {@link WebApplicationType#NONE}
     *                   for a command that answers and exits
     * @param verbose    log at INFO instead of WARN
     */
    ConfigurableApplicationContext start(Map<String, String> properties, WebApplicationType web, boolean verbose);

    /** Stops what {@link #start} returned. */
    default void stop(ConfigurableApplicationContext context) {
        context.close();
    }
}
