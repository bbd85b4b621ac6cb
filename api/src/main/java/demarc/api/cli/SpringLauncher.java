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
 * Starts {@link DemarcApplication} the way the CLI needs it: no banner, no start-up INFO lines, and every log
 * line on stderr, so that stdout carries only the answer (pure JSON with {@code --format json}).
 */
public final class SpringLauncher implements ApplicationLauncher {

    /** Logback configuration that writes to stderr only. */
    static final String LOGGING_CONFIG = "classpath:demarc/api/cli/logback-cli.xml";

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
        all.put("logging.config", LOGGING_CONFIG);
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
