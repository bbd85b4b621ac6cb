package demarc.api.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The pieces a carrier's network is made of: its national core and its regional blocks, each appended as
 * YAML flow entries to {@link Lists}. The element counts are fixed so the generator can size the network.
 */
final class Block {

    /** Elements of a carrier's national core. */
    static final int CORE_ELEMENTS = 11;
    /** Elements of one regional block. */
    static final int ELEMENTS = 35;

    private static final String[] CNF_ROLES = {"[switching]", "[control]", "[oam]", "[support]"};
    private static final String[] ZONES = {"tokyo-1", "tokyo-2", "tokyo-3", "osaka-1", "osaka-2", "osaka-3"};

    private Block() {
    }

    /** The entries of one document, by list. */
    static final class Lists {
        private final List<String> services = new ArrayList<>();
        private final List<String> functions = new ArrayList<>();
        private final List<String> resources = new ArrayList<>();
        private final List<String> connections = new ArrayList<>();
        private final List<String> access = new ArrayList<>();

        List<String> services() {
            return services;
        }

        List<String> functions() {
            return functions;
        }

        List<String> resources() {
            return resources;
        }

        List<String> connections() {
            return connections;
        }

        List<String> access() {
            return access;
        }

        int elements() {
            return functions.size() + resources.size();
        }
    }

    /**
     * A carrier's national core: IMS, AMF, UDM and charging as VNFs on VMs in two clouds' zones, an NFVO its
     * contractor operates, the contractor's NOC abroad, national services of every class the carrier offers,
     * and its interconnect (or, for the MVNO, its wholesale access) to a carrier imported before it.
     */
    static void core(String carrier, String[] classes, String contractor, long users, Lists lists,
                     SplittableRandom random) {
        String c = carrier + "-core";
        lists.resources.add("{id: " + c + "-vm-a, kind: vm, owner: gen-cloud-a, requires: [gen-cloud-a-az-tokyo-1]}");
        lists.resources.add("{id: " + c + "-vm-b, kind: vm, owner: gen-cloud-a, requires: [gen-cloud-a-az-tokyo-2]}");
        lists.resources.add("{id: " + c + "-vm-c, kind: vm, owner: gen-cloud-b, requires: [gen-cloud-b-az-osaka-1]}");
        lists.resources.add("{id: " + c + "-vm-nfvo, kind: vm, owner: gen-cloud-b,"
                + " requires: [gen-cloud-b-az-tokyo-1]}");
        lists.resources.add("{id: " + c + "-store, kind: storage, owner: gen-cloud-b, holdsUserInfo: true,"
                + " requires: [gen-cloud-b-az-osaka-2]}");
        lists.functions.add("{id: " + c + "-ims, kind: vnf, roles: [switching, control], owner: " + carrier
                + ", requires: [{anyOf: [" + c + "-vm-a, " + c + "-vm-b]}]}");
        lists.functions.add("{id: " + c + "-amf, kind: vnf, roles: [control], owner: " + carrier
                + ", requires: [{anyOf: [" + c + "-vm-a, " + c + "-vm-c]}]}");
        lists.functions.add("{id: " + c + "-udm, kind: vnf, roles: [subscriber-management], owner: " + carrier
                + ", holdsUserInfo: true, requires: [" + c + "-vm-b, " + c + "-store]}");
        lists.functions.add("{id: " + c + "-ocs, kind: vnf, roles: [support], owner: " + carrier
                + ", holdsUserInfo: true, requires: [" + c + "-vm-c, gen-cloud-a-archive-us]}");
        lists.functions.add("{id: " + c + "-nfvo, kind: vnf, roles: [virtualization-control], owner: " + carrier
                + ", operator: " + contractor + ", requires: [" + c + "-vm-nfvo], manages: [" + c + "-ims, "
                + c + "-amf, " + c + "-udm]}");
        lists.functions.add("{id: " + c + "-noc, kind: pnf, roles: [oam], owner: " + contractor + ", country: "
                + country(contractor) + ", manages: [" + c + "-ims, " + c + "-amf, " + c + "-udm, " + c + "-nfvo]}");
        for (String serviceClass : classes) {
            lists.services.add("{id: " + carrier + "-national-" + serviceClass + ", provider: " + carrier
                    + ", class: " + serviceClass + ", users: " + users + ", paid: true"
                    + voiceFields(serviceClass, true) + ", prefectures: 47, requires: [" + c + "-ims, " + c
                    + "-amf, " + c + "-udm, " + c + "-ocs]}");
        }
        lists.access.add("{party: " + contractor + ", to: [" + c + "-ims, " + c + "-amf, " + c + "-udm, " + c
                + "-nfvo], kind: remote-maintenance, country: " + country(contractor) + "}");
        if (carrier.equals("gen-mvno")) {
            lists.connections.add("{id: wh-" + carrier + "-gen-mno, kind: wholesale, between: [" + c
                    + "-amf, gen-mno-core-amf]" + demarcation(random) + "}");
        } else if (!carrier.equals("gen-fixed")) {
            lists.connections.add("{id: ix-" + carrier + "-gen-fixed, kind: interconnect, between: [" + c
                    + "-ims, gen-fixed-core-ims]" + demarcation(random) + "}");
        }
    }

    /**
     * One regional block: a site with four servers and a Kubernetes cluster over them, VMs on the servers and
     * rented in the clouds' shared zones, VNFs on anyOf pairs of VMs, CNFs on pod pairs, a router on an
     * access line (leased from {@code lineSeller} when {@code leased}, declared as a wholesale connection), two
     * regional services, and now and then an interconnect to the fixed carrier's core.
     */
    static void regional(String carrier, String[] classes, String contractor, int block, String prefecture,
                         boolean leased, String lineSeller, Lists lists, SplittableRandom random) {
        String p = carrier + "-r" + String.format("%05d", block);
        String cloud = block % 2 == 0 ? "gen-cloud-a" : "gen-cloud-b";
        lists.resources.add("{id: " + p + "-site, kind: site, owner: " + carrier + ", country: JP, prefecture: "
                + prefecture + "}");
        for (int i = 0; i < 4; i++) {
            lists.resources.add("{id: " + p + "-srv-" + i + ", kind: server, owner: " + carrier + ", site: " + p
                    + "-site, requires: [" + p + "-site]}");
        }
        lists.resources.add("{id: " + p + "-k8s, kind: cluster, owner: " + carrier + ", site: " + p
                + "-site, requires: [{anyOf: [" + p + "-srv-0, " + p + "-srv-1, " + p + "-srv-2, " + p
                + "-srv-3]}]}");
        for (int i = 0; i < 4; i++) {
            lists.resources.add("{id: " + p + "-vm-" + i + ", kind: vm, owner: " + carrier + ", requires: [" + p
                    + "-srv-" + i + "]}");
        }
        for (int i = 0; i < 4; i++) {
            lists.resources.add("{id: " + p + "-cvm-" + i + ", kind: vm, owner: " + cloud + ", requires: [" + cloud
                    + "-az-" + ZONES[(block + i) % ZONES.length] + "]}");
        }
        for (int i = 0; i < 8; i++) {
            lists.resources.add("{id: " + p + "-pod-" + i + ", kind: container, owner: " + carrier
                    + ", requires: [" + p + "-k8s]}");
        }
        boolean bought = leased && lineSeller != null;
        lists.resources.add("{id: " + p + "-line, kind: line, roles: [transmission], owner: "
                + (bought ? lineSeller : carrier) + ", country: JP, prefecture: " + prefecture + "}");
        lists.resources.add("{id: " + p + "-olt, kind: equipment, roles: [transmission], owner: " + carrier
                + ", site: " + p + "-site, requires: [" + p + "-site, " + p + "-line]}");
        lists.resources.add("{id: " + p + "-store, kind: storage, owner: " + carrier + ", holdsUserInfo: true,"
                + " requires: [" + p + "-srv-3]}");

        lists.functions.add("{id: " + p + "-vim, kind: vnf, roles: [virtualization-control], owner: " + carrier
                + ", requires: [" + p + "-vm-0], manages: [" + p + "-upf, " + p + "-smf, " + p + "-cscf]}");
        lists.functions.add("{id: " + p + "-upf, kind: vnf, roles: [switching], owner: " + carrier
                + ", requires: [{anyOf: [" + p + "-vm-1, " + p + "-cvm-0]}, " + p + "-line]}");
        lists.functions.add("{id: " + p + "-smf, kind: vnf, roles: [control], owner: " + carrier
                + ", requires: [{anyOf: [" + p + "-vm-2, " + p + "-cvm-1]}]}");
        lists.functions.add("{id: " + p + "-cscf, kind: vnf, roles: [switching, control], owner: " + carrier
                + ", requires: [{anyOf: [" + p + "-cvm-2, " + p + "-cvm-3]}]}");
        lists.functions.add("{id: " + p + "-aaa, kind: vnf, roles: [subscriber-management], owner: " + carrier
                + ", holdsUserInfo: true, requires: [" + p + "-vm-3, " + p + "-store]}");
        for (int i = 0; i < 4; i++) {
            lists.functions.add("{id: " + p + "-cnf-" + i + ", kind: cnf, roles: " + CNF_ROLES[i] + ", owner: "
                    + carrier + ", requires: [{anyOf: [" + p + "-pod-" + (2 * i) + ", " + p + "-pod-" + (2 * i + 1)
                    + "]}]}");
        }
        lists.functions.add("{id: " + p + "-router, kind: pnf, roles: [switching], owner: " + carrier
                + (random.nextInt(10) == 0 ? ", operator: gen-vendor" : "") + ", site: " + p
                + "-site, requires: [" + p + "-olt]}");

        for (int i = 0; i < 2; i++) {
            String serviceClass = classes[(block + i) % classes.length];
            lists.services.add("{id: " + p + "-svc-" + i + ", provider: " + carrier + ", class: " + serviceClass
                    + ", users: " + (1_000 + random.nextInt(200_000)) + ", paid: " + (random.nextInt(8) != 0)
                    + voiceFields(serviceClass, random.nextBoolean()) + ", prefectures: 1, requires: [" + p
                    + "-router, " + p + "-upf, " + p + "-smf, " + p + "-cscf, " + p + "-aaa, {anyOf: [" + p
                    + "-cnf-0, " + p + "-cnf-1]}, " + carrier + "-core-ims]}");
        }
        if (bought) {
            lists.connections.add("{id: wh-" + p + ", kind: wholesale, between: [" + p + "-router, " + p + "-line]"
                    + demarcation(random) + "}");
        }
        if (!carrier.equals("gen-fixed") && random.nextInt(10) == 0) {
            lists.connections.add("{id: ix-" + p + ", kind: interconnect, between: [" + p
                    + "-cscf, gen-fixed-core-ims]" + demarcation(random) + "}");
        }
        lists.access.add("{party: " + contractor + ", to: [" + p + "-upf, " + p + "-smf, " + p + "-cscf],"
                + " kind: remote-maintenance, country: " + country(contractor) + "}");
    }

    /** A declared demarcation most of the time; now and then without a function check or without a point. */
    private static String demarcation(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> ", demarcation: {point: \"MDF rack " + random.nextInt(40) + "\"}";
            default -> ", demarcation: {point: \"MDF rack " + random.nextInt(40) + ", port " + random.nextInt(48)
                    + "\", functionCheck: \"loopback test at the port\"}";
        };
    }

    private static String voiceFields(String serviceClass, boolean emergency) {
        boolean voice = switch (serviceClass) {
            case "analog-phone", "isdn", "ip-phone-0abj", "mobile", "mobile-full-mvno", "phs" -> true;
            default -> false;
        };
        if (!voice) {
            return "";
        }
        boolean mobile = serviceClass.startsWith("mobile");
        return ", emergencyCalls: " + emergency + (mobile ? ", mobileVoiceNumbers: true" : "");
    }

    private static String country(String contractor) {
        return contractor.endsWith("-vn") ? "VN" : "PH";
    }
}
