package demarc.api.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic carrier network of about {@code elements} functions and resources, written as inventory documents
 * (shared/design/inventory-format.md) for the benchmark and for trying demarc at scale. The same seed gives the
 * same documents, byte for byte.
 *
 * <p>The shape follows real carriers: a fixed line-installing carrier that sells leased lines, a line-installing
 * MNO designated for specified user information, a large-impact ISP without lines (Art 41(4)) and a full MVNO;
 * two clouds whose availability zones host many carriers' VMs; contractors abroad that run NOCs and hold remote
 * access. Each carrier has a national core (VNFs on cloud VMs in two zones, an NFVO run by a contractor) and
 * regional blocks layered function → VM/pod → server/cluster → site/zone with anyOf redundancy, leased lines
 * declared as wholesale connections and interconnects to the carriers imported before it.
 *
 * <p>Documents are imported in the order returned: parties, clouds, then each carrier's parts; every id a
 * document refers to is defined in it or in an earlier one. A carrier is split into parts of at most
 * {@link #BLOCKS_PER_DOCUMENT} regional blocks, each its own source, so that one document stays one sensible
 * transaction.
 */
public final class NetworkGenerator {

    /** Regional blocks in one document: about 20,000 elements. */
    public static final int BLOCKS_PER_DOCUMENT = 560;

    private static final String[] PREFECTURES = {"Hokkaido", "Miyagi", "Tokyo", "Kanagawa", "Saitama", "Chiba",
            "Niigata", "Aichi", "Shizuoka", "Kyoto", "Osaka", "Hyogo", "Hiroshima", "Kagawa", "Fukuoka", "Okinawa"};
    private static final String[] CLOUDS = {"gen-cloud-a", "gen-cloud-b"};
    private static final String[] ZONES = {"tokyo-1", "tokyo-2", "tokyo-3", "osaka-1", "osaka-2", "osaka-3"};
    private static final String FIXED = "gen-fixed";

    /** One carrier of the network, its share of the elements and the service classes it offers. */
    private record Carrier(String id, String name, String category, String designations, long users,
                           double share, String[] classes, String contractor) {
    }

    private static final List<Carrier> CARRIERS = List.of(
            new Carrier(FIXED, "Gen Fixed Telecom", "line-installing", "[]", 5_000_000, 0.30,
                    new String[] {"analog-phone", "ip-phone-0abj", "isdn", "data", "broadband-universal"},
                    "gen-ops-ph"),
            new Carrier("gen-mno", "Gen Mobile", "line-installing", "[specified-user-info]", 30_000_000, 0.45,
                    new String[] {"mobile", "data", "lpwa", "internet-free"}, "gen-noc-vn"),
            new Carrier("gen-isp", "Gen Net", "non-line-installing", "[large-impact]", 2_000_000, 0.15,
                    new String[] {"data", "ip-phone-050", "internet-free"}, "gen-noc-vn"),
            new Carrier("gen-mvno", "Gen MVNO", "non-line-installing", "[]", 200_000, 0.10,
                    new String[] {"mobile-full-mvno", "data"}, "gen-ops-ph"));

    /** One generated document: its file name, source and how many elements it defines. */
    public record Document(String fileName, String source, String text, int elements) {
    }

    private final long targetElements;
    private final long seed;

    public NetworkGenerator(long targetElements, long seed) {
        if (targetElements < 100) {
            throw new IllegalArgumentException("--elements must be at least 100, was " + targetElements);
        }
        this.targetElements = targetElements;
        this.seed = seed;
    }

    /** The documents in import order. */
    public List<Document> documents() {
        SplittableRandom random = new SplittableRandom(seed);
        List<Document> documents = new ArrayList<>();
        documents.add(parties());
        for (int i = 0; i < CLOUDS.length; i++) {
            documents.add(cloud(CLOUDS[i], 1 + i));
        }
        long cloudElements = documents.stream().mapToLong(Document::elements).sum();
        int sequence = documents.size();
        for (Carrier carrier : CARRIERS) {
            long budget = Math.round((targetElements - cloudElements) * carrier.share()) - Block.CORE_ELEMENTS;
            int blocks = (int) Math.max(1, budget / Block.ELEMENTS);
            for (int first = 0, part = 1; first < blocks; first += BLOCKS_PER_DOCUMENT, part++) {
                int last = Math.min(blocks, first + BLOCKS_PER_DOCUMENT);
                documents.add(carrierPart(carrier, part, first, last, sequence++, random.split()));
            }
        }
        return documents;
    }

    private static Document parties() {
        Yaml y = new Yaml("gen-parties");
        y.line("parties:");
        for (Carrier carrier : CARRIERS) {
            y.line("  - {id: " + carrier.id() + ", name: \"" + carrier.name() + "\", country: JP, type: carrier,"
                    + " carrier: {category: " + carrier.category() + ", designations: " + carrier.designations()
                    + ", users: " + carrier.users() + "}}");
        }
        y.line("  - {id: gen-cloud-a, name: \"Gen Cloud A Inc.\", country: US, type: cloud}");
        y.line("  - {id: gen-cloud-b, name: \"Gen Cloud B K.K.\", country: JP, type: cloud}");
        y.line("  - {id: gen-noc-vn, name: \"Gen NOC Vietnam\", country: VN, type: contractor}");
        y.line("  - {id: gen-ops-ph, name: \"Gen Operations Philippines\", country: PH, type: contractor}");
        y.line("  - {id: gen-vendor, name: \"Gen Equipment AB\", country: SE, type: vendor}");
        return y.document("00-parties.yaml", 0);
    }

    /** A cloud's regions, zones (the shared hosts of many carriers' VMs) and an archive bucket abroad. */
    private static Document cloud(String cloud, int sequence) {
        Yaml y = new Yaml(cloud);
        y.line("resources:");
        int elements = 0;
        for (String region : new String[] {"tokyo", "osaka"}) {
            y.line("  - {id: " + cloud + "-" + region + ", kind: cloud-region, owner: " + cloud
                    + ", country: JP, prefecture: " + (region.equals("tokyo") ? "Tokyo" : "Osaka") + "}");
            elements++;
        }
        for (String zone : ZONES) {
            String region = zone.substring(0, zone.indexOf('-'));
            y.line("  - {id: " + cloud + "-az-" + zone + ", kind: availability-zone, owner: " + cloud
                    + ", country: JP, requires: [" + cloud + "-" + region + "]}");
            elements++;
        }
        y.line("  - {id: " + cloud + "-archive-us, kind: storage, owner: " + cloud
                + ", country: US, holdsUserInfo: true}");
        elements++;
        y.line("access:");
        y.line("  - {party: " + cloud + ", to: [" + cloud + "-archive-us], kind: storage, country: US}");
        return y.document(String.format("%02d-%s.yaml", sequence, cloud), elements);
    }

    private Document carrierPart(Carrier carrier, int part, int firstBlock, int endBlock, int sequence,
                                 SplittableRandom random) {
        String source = carrier.id() + "-part-" + part;
        Yaml y = new Yaml(source);
        Block.Lists lists = new Block.Lists();
        if (part == 1) {
            Block.core(carrier.id(), carrier.classes(), carrier.contractor(), carrier.users(), lists, random);
        }
        for (int block = firstBlock; block < endBlock; block++) {
            String prefecture = PREFECTURES[block % PREFECTURES.length];
            Block.regional(carrier.id(), carrier.classes(), carrier.contractor(), block, prefecture,
                    !carrier.category().equals("line-installing") || random.nextInt(5) == 0,
                    carrier.id().equals(FIXED) ? null : FIXED, lists, random);
        }
        y.section("services", lists.services());
        y.section("functions", lists.functions());
        y.section("resources", lists.resources());
        y.section("connections", lists.connections());
        y.section("access", lists.access());
        return y.document(String.format("%02d-%s.yaml", sequence, source), lists.elements());
    }

    /** Writes one document in YAML flow style, one entry a line. */
    private static final class Yaml {
        private final StringBuilder text = new StringBuilder();
        private final String source;

        Yaml(String source) {
            this.source = source;
            line("# generated by demarc generate: a synthetic network, not a real one");
            line("inventory: 1");
            line("source: " + source);
        }

        void line(String line) {
            text.append(line).append('\n');
        }

        void section(String name, List<String> entries) {
            if (!entries.isEmpty()) {
                line(name + ":");
                entries.forEach(entry -> line("  - " + entry));
            }
        }

        Document document(String fileName, int elements) {
            return new Document(fileName, source, text.toString(), elements);
        }
    }
}
