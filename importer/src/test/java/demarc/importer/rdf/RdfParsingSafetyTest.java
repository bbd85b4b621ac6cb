package demarc.importer.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import demarc.importer.document.DocumentProblem;
import demarc.importer.format.InputFile;
import demarc.importer.format.TranslationException;

/** Parsing reads nothing but the file: no external entities, no entity expansion, no remote @context; errors have lines. */
class RdfParsingSafetyTest {

    private final RdfInventoryFormat format = new RdfInventoryFormat();

    @Test
    void rdfXmlWithAnExternalEntityIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7f3a");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                         xmlns:demarc="https://demarc.example/ns#">
                  <rdf:Description rdf:about="https://demarc.example/id/x"><demarc:name>&xxe;</demarc:name></rdf:Description>
                </rdf:RDF>
                """.formatted(secret.toUri());

        TranslationException rejected = rejected("xxe.rdf", xml);

        assertThat(rejected.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).startsWith("RDF/XML with a DOCTYPE is refused");
        });
        assertThat(rejected.getMessage()).doesNotContain("TOP-SECRET");
    }

    @Test
    void rdfXmlWithAnEntityBombIsRefusedBeforeExpansion() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [" + entities + "]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns:demarc=\"https://demarc.example/ns#\">"
                + "<rdf:Description rdf:about=\"https://demarc.example/id/x\"><demarc:name>&lol9;</demarc:name>"
                + "</rdf:Description></rdf:RDF>\n";

        long start = System.nanoTime();
        TranslationException rejected = rejected("lol.rdf", xml);

        assertThat(rejected.problems()).singleElement().extracting(DocumentProblem::message).asString()
                .contains("DOCTYPE", "entities");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void jsonLdWithARemoteContextIsRefusedWithoutFetchingIt() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\": {\"name\": \"https://demarc.example/ns#name\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/context.jsonld";
            String json = "{\"@context\": \"" + url + "\", \"@id\": \"https://demarc.example/id/x\", \"name\": \"x\"}";

            TranslationException rejected = rejected("remote.jsonld", json);

            assertThat(rejected.getMessage()).contains("is not fetched", url);
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aTurtleSyntaxErrorNamesItsLine() {
        TranslationException rejected = rejected("bad.ttl", """
                @prefix demarc: <https://demarc.example/ns#> .
                <https://demarc.example/id/a> demarc:name "a" .
                <https://demarc.example/id/b> demarc:name "b" ;; ] .
                """);

        assertThat(rejected.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("turtle syntax error");
        });
    }

    @Test
    void otherFormatsAreNotClaimed() {
        assertThat(format.recognizes(file("inventory.yaml", "inventory: 1\nsource: x\n"))).isFalse();
        assertThat(format.recognizes(file("vnfd.xml", "<?xml version=\"1.0\"?><nfv xmlns=\"urn:etsi:nfv\"/>")))
                .isFalse();
        assertThat(format.recognizes(file("netbox.json", "[{\"model\": \"dcim.site\", \"pk\": 1}]"))).isFalse();
        assertThat(format.recognizes(file("tosca.yaml", "# comment\ntosca_definitions_version: x\n"))).isFalse();
    }

    private TranslationException rejected(String name, String content) {
        TranslationException rejected = catchThrowableOfType(TranslationException.class,
                () -> format.translate(file(name, content)));
        assertThat(rejected).isNotNull();
        return rejected;
    }

    private static InputFile file(String name, String content) {
        return new InputFile(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
