package demarc.queries.exposure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import demarc.model.decision.PathStep;
import demarc.model.gate.GraphGate;
import demarc.model.vocabulary.AccessKind;
import demarc.model.vocabulary.WireValue;
import demarc.queries.cypher.CypherResource;
import demarc.queries.cypher.ReadSessions;
import demarc.queries.rulebook.ExposureRules;
import demarc.queries.rulebook.Regime;
import demarc.queries.rulebook.Regimes;
import demarc.queries.rulebook.Rule;
import demarc.queries.walk.UsageGraph;

/**
 * User-information exposure (rules.md, "User information and exposure"; 電気通信事業法27条の5–27条の11): for each
 * carrier covered, the elements used for its services that hold user information, where they are (their own country
 * or their hosts'), who owns, operates, has access to or hosts them, and per foreign country the lines behind the two
 * lists its handling policy must publish (施行規則22条の2の23).
 */
public final class ExposureQuery {

    static final String DESIGNATION_RULE = "specified-user-info";
    static final String STORAGE_RULE = "storage-abroad";
    static final String PARTY_RULE = "foreign-contractor";
    static final String STORED_ABROAD = "stored-abroad";
    static final String FOREIGN_PARTY = "foreign-party";

    private static final String CARRIERS = CypherResource.load(ExposureQuery.class, "carriers.cypher");
    private static final String USER_INFO = CypherResource.load(ExposureQuery.class, "user-info.cypher");
    private static final String HOST_EDGES = CypherResource.load(ExposureQuery.class, "host-edges.cypher");

    private final Driver driver;
    private final String database;
    private final GraphGate gate;
    private final Regimes regimes;

    public ExposureQuery(Driver driver, String database, GraphGate gate, Regimes regimes) {
        this.driver = driver;
        this.database = database;
        this.gate = gate;
        this.regimes = regimes;
    }

    /** A party as the queries return it. */
    private record PartyRow(String id, String name, String type, String country) {
        static PartyRow of(Value value) {
            return value.isNull() ? null : new PartyRow(value.get("id").asString(), value.get("name").asString(null),
                    value.get("type").asString(null), value.get("country").asString(null));
        }
    }

    /** One step from an element to a host it sits on. */
    private record HostEdge(String host, String country, PartyRow owner) {
    }

    /** The carrier's use of one element: its services and the shortest path from one of them. */
    private static final class Use {
        final Set<String> services = new TreeSet<>();
        List<PathStep> path;
    }

    /**
     * The report.
     *
     * @param carrierOrNull one carrier, designated or not; {@code null} for the carriers the regime's designation
     *                      covers (or every carrier with {@code allCarriers})
     * @param allCarriers   every carrier, designated or not, when no carrier is named
     * @param regimeOrNull  the regime id, or the default regime
     * @throws UnknownCarrierException when {@code carrierOrNull} names no carrier of the graph
     */
    public ExposureReport exposure(String carrierOrNull, boolean allCarriers, String regimeOrNull) {
        Regime regime = regimes.getOrDefault(regimeOrNull);
        return gate.read(() -> read(carrierOrNull, allCarriers, regime));
    }

    private ExposureReport read(String carrierOrNull, boolean allCarriers, Regime regime) {
        ExposureRules rules = regime.exposure();
        try (var session = driver.session(ReadSessions.config(database))) {
            return session.executeRead(tx -> {
                Map<String, Object> parameters = new HashMap<>();
                parameters.put("carrier", carrierOrNull);
                parameters.put("all", allCarriers);
                parameters.put("designation", rules.designation().wire());
                List<Record> carriers = tx.run(CARRIERS, parameters).list();
                if (carrierOrNull != null && carriers.isEmpty()) {
                    throw new UnknownCarrierException(carrierOrNull);
                }
                UsageGraph usage = UsageGraph.load(tx);
                Map<String, List<HostEdge>> hosts = hostEdges(tx, rules);
                List<CarrierExposure> result = new ArrayList<>();
                for (Record carrier : carriers) {
                    result.add(carrier(tx, usage, hosts, carrier, regime));
                }
                return new ExposureReport(regime.id(), List.copyOf(result));
            });
        }
    }

    private static Map<String, List<HostEdge>> hostEdges(TransactionContext tx, ExposureRules rules) {
        Map<String, List<HostEdge>> edges = new HashMap<>();
        tx.run(HOST_EDGES, Map.of("hostKinds", rules.hostKinds().stream().sorted().map(WireValue::wire).toList()))
                .forEachRemaining(row -> edges.computeIfAbsent(row.get("from").asString(), k -> new ArrayList<>())
                        .add(new HostEdge(row.get("host").asString(), row.get("country").asString(null),
                                PartyRow.of(row.get("owner")))));
        edges.values().forEach(list -> list.sort(Comparator.comparing(HostEdge::host)));
        return edges;
    }

    private CarrierExposure carrier(TransactionContext tx, UsageGraph usage, Map<String, List<HostEdge>> hosts,
                                    Record row, Regime regime) {
        String carrier = row.get("carrier").asString();
        boolean designated = row.get("designated").asBoolean();
        Map<String, Use> uses = new TreeMap<>();
        for (UsageGraph.ServiceStart start : UsageGraph.services(tx, carrier, null, true)) {
            usage.reachedFrom(start.service()).forEach((element, path) -> {
                Use use = uses.computeIfAbsent(element, k -> new Use());
                use.services.add(start.service());
                // Services come sorted by id, so only a strictly shorter path replaces the first one.
                if (use.path == null || path.size() < use.path.size()) {
                    use.path = path;
                }
            });
        }
        List<UserInfoElement> elements = new ArrayList<>();
        List<ForeignExposure> foreign = new ArrayList<>();
        Set<String> unlocated = new TreeSet<>();
        for (Record info : tx.run(USER_INFO, Map.of("ids", List.copyOf(uses.keySet()))).list()) {
            ElementExposure exposure = new ElementExposure(carrier, info, uses.get(info.get("element").asString()),
                    hosts, regime);
            elements.add(exposure.element());
            foreign.addAll(exposure.foreign());
            unlocated.addAll(exposure.unlocatedThirdParties());
        }
        foreign.sort(Comparator.comparing(ForeignExposure::country).thenComparing(ForeignExposure::list)
                .thenComparing(ForeignExposure::element)
                .thenComparing(ForeignExposure::party, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ForeignExposure::relation));
        List<String> storedAbroad = countries(foreign, STORED_ABROAD);
        List<String> foreignParties = countries(foreign, FOREIGN_PARTY);
        Rule designation = regime.rule(DESIGNATION_RULE);
        List<String> reasons = new ArrayList<>();
        String word = regime.exposure().designation().wire();
        reasons.add(designated
                ? carrier + " is designated " + word + " → its handling policy (情報取扱方針) must publish both lists"
                : carrier + " is not designated " + word + ": listed on request; the publication duty does not apply");
        reasons.add(elements.size() + (elements.size() == 1 ? " element" : " elements")
                + " used for its services hold user information");
        reasons.add("stored abroad (" + regime.rule(STORAGE_RULE).id() + "): " + listOrNone(storedAbroad));
        reasons.add("foreign contractors and storage providers (" + regime.rule(PARTY_RULE).id() + "): "
                + listOrNone(foreignParties));
        if (!unlocated.isEmpty()) {
            reasons.add("no country known for what " + String.join(", ", unlocated)
                    + " holds: the policy names " + (unlocated.size() == 1 ? "that party" : "those parties")
                    + " instead (" + regime.rule(STORAGE_RULE).id() + ")");
        }
        return new CarrierExposure(carrier, row.get("name").asString(null), designated, storedAbroad, foreignParties,
                List.copyOf(unlocated), designation.id(), designation.citation(), regime.id(), List.copyOf(reasons),
                List.copyOf(elements), List.copyOf(foreign));
    }

    private static List<String> countries(List<ForeignExposure> foreign, String list) {
        return foreign.stream().filter(f -> f.list().equals(list)).map(ForeignExposure::country).distinct().sorted()
                .toList();
    }

    private static String listOrNone(List<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", values);
    }

    /** The exposure of one element holding user information, for one carrier. */
    private static final class ElementExposure {

        private final String carrier;
        private final String element;
        private final Use use;
        private final Regime regime;
        private final ExposureRules rules;
        private final List<ElementLocation> locations = new ArrayList<>();
        private final Map<String, HostEdge> nearestOwnedHost = new LinkedHashMap<>();
        private final List<ExposureParty> parties = new ArrayList<>();
        private final List<ForeignExposure> foreign = new ArrayList<>();
        private final Set<String> unlocatedThirdParties = new TreeSet<>();
        private final List<String> reasons = new ArrayList<>();
        private final String kind;

        ElementExposure(String carrier, Record info, Use use, Map<String, List<HostEdge>> hosts, Regime regime) {
            this.carrier = carrier;
            this.element = info.get("element").asString();
            this.kind = info.get("kind").asString(null);
            this.use = use;
            this.regime = regime;
            this.rules = regime.exposure();
            reasons.add(element + " holds user information and is used for " + String.join(", ", use.services));
            locate(info.get("country").asString(null), hosts);
            PartyRow owner = PartyRow.of(info.get("owner"));
            if (owner != null) {
                party(owner, "owner", null, null, null, ownerRole(owner));
            }
            PartyRow operator = PartyRow.of(info.get("operator"));
            if (operator != null) {
                party(operator, "operator", null, null, null, "contractor");
            }
            for (Value access : info.get("access").asList(v -> v)) {
                String accessKind = access.get("kind").asString();
                boolean storage = WireValue.fromWire(AccessKind.class, accessKind)
                        .map(rules.storageAccessKinds()::contains).orElse(false);
                party(PartyRow.of(access), "access", accessKind, access.get("accessCountry").asString(null), null,
                        storage ? "storage-provider" : "contractor");
            }
            nearestOwnedHost.forEach((party, edge) ->
                    party(edge.owner(), "host-owner", null, null, edge.host(), "storage-provider"));
            if (locations.isEmpty() && owner != null && !owner.id().equals(carrier)) {
                unlocatedThirdParties.add(owner.id());
            }
        }

        /** The owner of the element itself stores what it holds, unless it is the carrier. */
        private String ownerRole(PartyRow owner) {
            return owner.id().equals(carrier) ? null : "storage-provider";
        }

        /**
         * The element's own country, else breadth-first through its hosts, each branch ending its search for a
         * country at the first host that states one; the owners of every host, each with its nearest host.
         */
        private void locate(String ownCountry, Map<String, List<HostEdge>> hosts) {
            if (ownCountry != null) {
                locations.add(new ElementLocation(ownCountry, List.of(element)));
            }
            Map<String, List<String>> via = new HashMap<>();
            Map<String, Boolean> located = new HashMap<>();
            via.put(element, List.of(element));
            located.put(element, ownCountry != null);
            ArrayDeque<String> queue = new ArrayDeque<>(List.of(element));
            while (!queue.isEmpty()) {
                String at = queue.poll();
                for (HostEdge edge : hosts.getOrDefault(at, List.of())) {
                    if (via.containsKey(edge.host())) {
                        continue;
                    }
                    List<String> chain = new ArrayList<>(via.get(at));
                    chain.add(edge.host());
                    via.put(edge.host(), List.copyOf(chain));
                    located.put(edge.host(), located.get(at) || edge.country() != null);
                    if (edge.owner() != null) {
                        nearestOwnedHost.putIfAbsent(edge.owner().id(), edge);
                    }
                    if (!located.get(at) && edge.country() != null) {
                        locations.add(new ElementLocation(edge.country(), List.copyOf(chain)));
                    }
                    queue.add(edge.host());
                }
            }
            if (ownCountry == null && locations.size() > 1) {
                // A branch's country ends the search on that branch only; the same country on two branches is one.
                Map<String, ElementLocation> byCountry = new TreeMap<>();
                locations.forEach(l -> byCountry.merge(l.country(), l,
                        (a, b) -> a.via().size() <= b.via().size() ? a : b));
                locations.clear();
                locations.addAll(byCountry.values());
            }
            if (locations.isEmpty()) {
                reasons.add("no country is stated on " + element + " or on a host it sits on: where it is is unknown");
            }
            for (ElementLocation location : locations) {
                String where = location.own() ? element + " states country " + location.country()
                        : element + " states no country: it is in " + location.country() + ", the country of "
                                + String.join(" → ", location.via());
                boolean abroad = !location.country().equals(rules.homeCountry());
                reasons.add(where + (abroad ? " → stored abroad (" + regime.rule(STORAGE_RULE).id() + ")" : ""));
                if (abroad) {
                    foreign.add(line(location.country(), STORED_ABROAD, "facility", null, "located",
                            STORAGE_RULE, element + " holds user information in " + location.country() + " ("
                                    + (location.own() ? "its own country" : "through " + String.join(" → ",
                                    location.via())) + ")"));
                }
            }
        }

        /** Records a party of the element and, when it is another party abroad, its lines on list (b). */
        private void party(PartyRow party, String relation, String accessKind, String accessCountry, String host,
                           String role) {
            parties.add(new ExposureParty(party.id(), party.name(), party.type(), party.country(), relation,
                    accessKind, accessCountry, host));
            if (role == null || party.id().equals(carrier)) {
                return;
            }
            String how = switch (relation) {
                case "owner" -> "owns " + element;
                case "operator" -> "operates " + element;
                case "access" -> "has " + accessKind + " access to " + element
                        + (accessCountry == null ? "" : " from " + accessCountry);
                default -> "owns " + host + ", a host " + element + " sits on";
            };
            Set<String> countries = new LinkedHashSet<>();
            if (party.country() != null) {
                countries.add(party.country());
            }
            if (accessCountry != null) {
                countries.add(accessCountry);
            }
            for (String country : countries) {
                if (!country.equals(rules.homeCountry())) {
                    foreign.add(line(country, FOREIGN_PARTY, role, party.id(),
                            accessKind == null ? relation : relation + ":" + accessKind, PARTY_RULE,
                            party.id() + " (" + (party.type() == null ? "no type" : party.type()) + ", "
                                    + (party.country() == null ? "country not stated" : party.country()) + ") " + how
                                    + " → " + role + " in " + country));
                }
            }
        }

        private ForeignExposure line(String country, String list, String role, String party, String relation,
                                     String ruleKey, String reason) {
            Rule rule = regime.rule(ruleKey);
            return new ForeignExposure(carrier, country, list, role, element, party, relation, rule.id(),
                    rule.citation(), regime.id(), reason, use.path);
        }

        UserInfoElement element() {
            Rule rule = regime.rule(STORAGE_RULE);
            boolean abroad = locations.stream().anyMatch(l -> !l.country().equals(rules.homeCountry()));
            return new UserInfoElement(carrier, element, kind, List.copyOf(use.services), List.copyOf(locations),
                    abroad, List.copyOf(parties), rule.id(), rule.citation(), regime.id(), List.copyOf(reasons),
                    use.path);
        }

        List<ForeignExposure> foreign() {
            return foreign;
        }

        Set<String> unlocatedThirdParties() {
            return unlocatedThirdParties;
        }
    }
}
