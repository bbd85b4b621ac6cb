package demarc.importer.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

import demarc.importer.format.InputFile;

/**
 * The valid documents the fuzzer mutates, at least one of every format of {@code Formats.standard()}: the test
 * inventories, the fuzz resources (CSV, overlay, NetBox) and small files of the vendored corpus. A file's imports
 * (a TOSCA descriptor's types) resolve beside it, inside the folder it was read from and never above it.
 */
final class Seeds {

    static final Path CORPUS = Path.of("..", "corpus");
    private static final Path TEST_RESOURCES = Path.of("src", "test", "resources");

    /**
     * A valid document: {@code format} is the id of the format that reads it unmutated; {@code path} the name its
     * mutants are imported under, the path of the file on disk when there is one, as the command line names files
     * (a TOSCA descriptor finds its imports beside the path its name gives).
     */
    record Seed(String name, String path, String format, byte[] content, InputFile.Siblings siblings) {

        InputFile file(byte[] mutated) {
            return new InputFile(path, mutated, siblings);
        }
    }

    private Seeds() {
    }

    static List<Seed> all() {
        List<Seed> seeds = new ArrayList<>();
        Path inventory = TEST_RESOURCES.resolve("inventory");
        seeds.add(file("inventory", inventory.resolve("shinkai-core-next.yaml")));
        seeds.add(file("inventory", inventory.resolve("tsunagu-core.yaml")));
        seeds.add(file("inventory", inventory.resolve("shinkai-core.json")));
        Path fuzz = TEST_RESOURCES.resolve("fuzz");
        seeds.add(file("overlay", fuzz.resolve("overlay.yaml")));
        seeds.add(file("csv", fuzz.resolve("parties.csv")));
        seeds.add(file("csv", fuzz.resolve("functions.csv")));
        seeds.add(file("csv", fuzz.resolve("connections.csv")));
        seeds.add(file("netbox", fuzz.resolve("netbox-demo-dump.json")));
        Path tacker = CORPUS.resolve("tacker/samples");
        seeds.add(file("sol001", tacker.resolve("etsi_getting_started/tosca/sample_vnf_package_csar/Definitions/"
                + "sample_vnfd_df_simple.yaml")));
        seeds.add(file("sol001", tacker.resolve("practical_vnf_package/Definitions/df_ha.yaml")));
        seeds.add(file("sol001", CORPUS.resolve("cloudnet-tosca-toolbox/examples/TOSCA_1.3_NFV_Topology/"
                + "TopologyNSD.yaml")));
        Path sol006 = CORPUS.resolve("etsi-sol006/example-data");
        seeds.add(file("sol006", sol006.resolve("nfv-vnfd.xml")));
        seeds.add(file("sol006", sol006.resolve("nfv-nsd.xml")));
        seeds.add(file("sol006", sol006.resolve("nfv-pnfd.xml")));
        Path rdf = TEST_RESOURCES.resolve("demarc/importer/rdf");
        seeds.add(file("rdf", rdf.resolve("small-inventory.ttl")));
        // a JSON-LD document in the demarc context has the inventory's own keys: the native format claims it first
        seeds.add(file("inventory", rdf.resolve("small-inventory.jsonld")));
        seeds.add(rdfXml(rdf.resolve("small-inventory.ttl")));
        seeds.add(file("rdf", CORPUS.resolve("omn-ontology/omnlib/src/test/resources/omn/link-manifest.ttl")));
        Path aai = CORPUS.resolve("onap-aai-resources/aai-resources/src/test/resources/payloads");
        seeds.add(file("onap-aai", aai.resolve("extensions/generic-vnf.json")));
        seeds.add(file("onap-aai", aai.resolve("resource/pserver.json")));
        seeds.add(file("onap-aai", aai.resolve("relationship/pserver-complex-relationship-list3.json")));
        seeds.add(file("tmf", CORPUS.resolve("tmf638/examples/Service_retrieve_example_response.json")));
        seeds.add(file("tmf", CORPUS.resolve("tmf639/examples/Resource_retrieve_example_response.json")));
        seeds.add(file("tmf", CORPUS.resolve("tmf639/examples/CreateResource_with_references_to_SubResource_request.json")));
        return seeds;
    }

    private static Seed file(String format, Path path) {
        try {
            return new Seed(path.getFileName().toString(), path.toString().replace('\\', '/'), format,
                    Files.readAllBytes(path),
                    within(path.toAbsolutePath().normalize().getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Turtle seed written as RDF/XML by Jena, so that RDF/XML has a seed of its own. */
    private static Seed rdfXml(Path turtle) {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, turtle.toString(), Lang.TURTLE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, Lang.RDFXML);
        return new Seed("small-inventory.rdf", "small-inventory.rdf", "rdf", out.toByteArray(), InputFile.NONE);
    }

    /** Files under {@code folder} by a relative path; nothing outside it. */
    private static InputFile.Siblings within(Path folder) {
        return relativePath -> {
            Path sibling;
            try {
                sibling = folder.resolve(relativePath).normalize();
            } catch (RuntimeException e) {
                return Optional.empty();
            }
            if (!sibling.startsWith(folder) || !Files.isRegularFile(sibling)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new InputFile(sibling.toString(), Files.readAllBytes(sibling), within(folder)));
            } catch (IOException e) {
                return Optional.empty();
            }
        };
    }

    static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }
}
