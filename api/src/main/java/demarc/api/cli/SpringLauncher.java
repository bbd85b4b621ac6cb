package demarc.api.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import demarc.api.DemarcApplication;

/**
 * Starts {@link DemarcApplication} the way the CLI needs it: no banner and no INFO lines, so that the terminal
 * shows the answer (the application logs to stderr, keeping stdout pure JSON with {@code --format json}).
 */
public final class SpringLauncher implements ApplicationLauncher {

    @Override
    public ConfigurableApplicationContext start(Map<String, String> properties, WebApplicationType web,
                                                boolean verbose) {
        return new SpringApplicationBuilder(DemarcApplication.class)
                .web(web)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(verbose)
                .run(arguments(properties, verbose));
    }

    /**
     * The properties as {@code --name=value} arguments: Spring gives command-line arguments precedence over
     * {@code application.properties} and the environment, as a user who typed an option expects.
     */
    static String[] arguments(Map<String, String> properties, boolean verbose) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("logging.level.root", verbose ? "INFO" : "WARN");
        if (!verbose) {
            // Start-up failures are reported by the CLI in one line; Boot would print them again with a trace.
            all.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
            all.put("logging.level.org.springframework.boot.diagnostics", "OFF");
        }
        all.putAll(properties);
        List<String> arguments = new ArrayList<>();
        all.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return arguments.toArray(String[]::new);
    }
}
