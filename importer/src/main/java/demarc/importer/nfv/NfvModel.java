package demarc.importer.nfv;

import java.util.List;
import java.util.Map;

/**
 * The part of an NFV descriptor that the inventory can hold, read from SOL001 or SOL006 alike. Every item keeps
 * the line and path of the source it came from; counts are the descriptor's, not guessed.
 */
public final class NfvModel {

    private NfvModel() {
    }

    /** Where an item is: its line and path; the path starts with {@code <file>#} when it is in an imported file. */
    public record Origin(int line, String path) {
    }

    /**
     * A VNF descriptor. {@code provider} is the vendor (SOL001 {@code provider}, SOL006 {@code provider}): it
     * never becomes the owner. {@code placementRules} are the affinity/anti-affinity rules in words.
     */
    public record Vnf(String descriptorId, Origin origin, String name, String provider, String productName,
            String softwareVersion, String descriptorVersion, List<String> flavours, List<Vdu> vdus,
            List<String> placementRules) {
        public Vnf {
            flavours = List.copyOf(flavours);
            vdus = List.copyOf(vdus);
            placementRules = List.copyOf(placementRules);
        }
    }

    /**
     * A virtualisation deployment unit. {@code minInstances} is the smallest minimum over the flavours that use it
     * (what the VNFM keeps running whatever it scales); {@code instanceCounts} says per flavour what the
     * descriptor states (minimum, maximum, initial delta, instantiation levels).
     */
    public record Vdu(String key, Origin origin, String name, boolean container, int minInstances,
            Integer maxInstances, List<String> instanceCounts, List<Storage> storages) {
        public Vdu {
            instanceCounts = List.copyOf(instanceCounts);
            storages = List.copyOf(storages);
        }
    }

    /** Virtual storage a VDU instance needs (SOL001 Vdu.VirtualBlockStorage and siblings, SOL006 virtual-storage-desc). */
    public record Storage(String key, Origin origin, String name) {
    }

    /** A PNF descriptor; {@code location} is what the descriptor says about where it is, as written. */
    public record Pnf(String descriptorId, Origin origin, String name, String provider, String version,
            Map<String, String> location) {
        public Pnf {
            location = Map.copyOf(location);
        }
    }

    /** A network service descriptor and the VNFs and PNFs it is composed of. */
    public record Ns(String descriptorId, Origin origin, String name, String designer, String version,
            List<Member> members) {
        public Ns {
            members = List.copyOf(members);
        }
    }

    /** A constituent of a network service, by its descriptor id; {@code kind} is {@code vnf} or {@code pnf}. */
    public record Member(String descriptorId, Origin origin, String kind) {
    }
}
