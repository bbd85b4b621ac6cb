package demarc.api.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The demo network bundled in the jar: three carriers, a public cloud hosting a mobile core, a foreign NOC
 * contractor, a redundant UPF pair, a leased line and interconnects with and without their demarcation points.
 * It is an ordinary inventory document (format version 1).
 */
public final class DemoNetwork {

    /** The name the import report and error messages give the document. */
    public static final String FILE_NAME = "demo-network.yaml";

    /** The document's source: importing it again replaces the previous demo and nothing else. */
    public static final String SOURCE = "demarc-demo";

    private static final String RESOURCE = "/demarc/api/demo/" + FILE_NAME;

    private DemoNetwork() {
    }

    /** The document's text. */
    public static String content() {
        try (InputStream in = DemoNetwork.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
