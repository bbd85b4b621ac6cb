package demarc.queries.rulebook;

import java.io.Reader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import demarc.model.vocabulary.AccessKind;
import demarc.model.vocabulary.CarrierCategory;
import demarc.model.vocabulary.ConnectionKind;
import demarc.model.vocabulary.Designation;
import demarc.model.vocabulary.ResourceKind;
import demarc.model.vocabulary.Role;
import demarc.model.vocabulary.ServiceClass;
import demarc.model.vocabulary.WireValue;

/** Reads and checks one rulebook file; every error names the file and the key. */
final class RegimeReader {

    /** Rules the decision queries look up by key in every regime. */
    static final List<String> REQUIRED_RULES = List.of("category", "large-impact", "own-line-or-switch", "item-2-3",
            "demarcation-point", "undeclared-boundary", "not-a-demarcation", "serious-accident", "routine-accident",
            "near-miss", "specified-user-info", "storage-abroad", "foreign-contractor");
    static final String DATA_CRITICAL_RULE = "data-critical";

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("id", "title", "version", "status", "inForceFrom",
            "inForceTo", "default", "dutyCategories", "largeImpactDesignation", "designatedService",
            "lineOrSwitchRoles", "coreRoles", "nonCoreRoles", "itemThreeApplies", "nonInheritingResourceKinds",
            "dataServiceExtension",
            "standardSets", "serviceClasses", "accidentThresholds", "routineAccident", "nearMiss", "exposure",
            "connectionKinds", "rules");
    private static final Set<String> STATUSES = Set.of("in-force", "superseded", "proposal");

    private final String file;

    private RegimeReader(String file) {
        this.file = file;
    }

    static Regime read(String file, Reader text) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new RulebookException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        return new RegimeReader(file).regime(document);
    }

    private Regime regime(Object document) {
        Map<String, Object> top = map(document, "(document)");
        for (String key : top.keySet()) {
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw error(key, "unknown key; expected one of " + TOP_LEVEL_KEYS.stream().sorted().toList());
            }
        }
        String id = text(top, "id", "id");
        String expectedFile = id + ".yaml";
        if (!file.endsWith(expectedFile)) {
            throw error("id", "regime '" + id + "' must live in a file named " + expectedFile);
        }
        String status = text(top, "status", "status");
        if (!STATUSES.contains(status)) {
            throw error("status", "expected one of " + STATUSES + ", found '" + status + "'");
        }
        Map<String, List<String>> standardSets = standardSets(map(top.get("standardSets"), "standardSets"));
        Map<ServiceClass, ServiceClassRule> serviceClasses = serviceClasses(
                map(top.get("serviceClasses"), "serviceClasses"), standardSets);
        Map<String, List<AccidentThreshold>> accidents = accidentThresholds(
                map(top.get("accidentThresholds"), "accidentThresholds"));
        for (ServiceClassRule rule : serviceClasses.values()) {
            String key = "serviceClasses." + rule.serviceClass().wire();
            requireAccidentClass(accidents, rule.accidentClass(), key + ".accidentClass");
            if (rule.emergencyAccidentClass() != null) {
                requireAccidentClass(accidents, rule.emergencyAccidentClass(), key + ".emergencyAccidentClass");
            }
        }
        Map<String, Rule> rules = rules(id, map(top.get("rules"), "rules"));
        DataServiceExtension extension = top.containsKey("dataServiceExtension")
                ? extension(map(top.get("dataServiceExtension"), "dataServiceExtension")) : null;
        List<String> requiredRules = new ArrayList<>(REQUIRED_RULES);
        if (extension != null) {
            requiredRules.add(DATA_CRITICAL_RULE);
        }
        Map<ConnectionKind, ConnectionRule> connections = connectionKinds(
                map(top.get("connectionKinds"), "connectionKinds"));
        connections.values().forEach(c -> requiredRules.add(c.rule()));
        for (String rule : requiredRules) {
            if (!rules.containsKey(rule)) {
                throw error("rules", "missing rule '" + rule + "'");
            }
        }
        Set<Role> coreRoles = wires(Role.class, top.get("coreRoles"), "coreRoles");
        Set<Role> nonCoreRoles = wires(Role.class, top.get("nonCoreRoles"), "nonCoreRoles");
        for (Role role : Role.values()) {
            if (coreRoles.contains(role) == nonCoreRoles.contains(role)) {
                throw error("nonCoreRoles", "role '" + role.wire() + "' must be in exactly one of coreRoles and"
                        + " nonCoreRoles");
            }
        }
        Map<String, Object> designated = map(top.get("designatedService"), "designatedService");
        Map<String, Object> routine = map(top.get("routineAccident"), "routineAccident");
        Map<String, Object> nearMiss = map(top.get("nearMiss"), "nearMiss");
        return new Regime(
                id,
                text(top, "title", "title"),
                text(top, "version", "version"),
                status,
                top.containsKey("inForceFrom") ? date(top.get("inForceFrom"), "inForceFrom") : null,
                top.containsKey("inForceTo") ? date(top.get("inForceTo"), "inForceTo") : null,
                bool(top, "default", "default"),
                wires(CarrierCategory.class, top.get("dutyCategories"), "dutyCategories"),
                wire(Designation.class, top.get("largeImpactDesignation"), "largeImpactDesignation"),
                new DesignatedServiceCriteria(
                        number(designated, "paidUsersThreshold", "designatedService.paidUsersThreshold").longValue(),
                        bool(designated, "mobileVoiceNumbers", "designatedService.mobileVoiceNumbers"),
                        texts(designated.get("numberPrefixes"), "designatedService.numberPrefixes")),
                wires(Role.class, top.get("lineOrSwitchRoles"), "lineOrSwitchRoles"),
                coreRoles,
                bool(top, "itemThreeApplies", "itemThreeApplies"),
                wires(ResourceKind.class, top.get("nonInheritingResourceKinds"), "nonInheritingResourceKinds"),
                extension,
                standardSets,
                serviceClasses,
                accidents,
                new AccidentThreshold(number(routine, "hours", "routineAccident.hours").doubleValue(),
                        number(routine, "users", "routineAccident.users").longValue()),
                new NearMissCriteria(number(nearMiss, "carrierUsers", "nearMiss.carrierUsers").longValue(),
                        number(nearMiss, "prefectures", "nearMiss.prefectures").intValue(),
                        wires(Role.class, nearMiss.get("roles"), "nearMiss.roles")),
                exposure(map(top.get("exposure"), "exposure")),
                connections,
                rules);
    }

    private Map<String, List<String>> standardSets(Map<String, Object> sets) {
        if (!sets.containsKey(Regime.COMMON_STANDARDS)) {
            throw error("standardSets", "missing the set '" + Regime.COMMON_STANDARDS + "' that every class takes");
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        sets.forEach((key, value) -> {
            List<String> items = texts(value, "standardSets." + key);
            if (items.isEmpty()) {
                throw error("standardSets." + key, "expected at least one standard item");
            }
            result.put(key, items);
        });
        return Map.copyOf(result);
    }

    private Map<ServiceClass, ServiceClassRule> serviceClasses(Map<String, Object> classes,
                                                               Map<String, List<String>> standardSets) {
        Map<ServiceClass, ServiceClassRule> result = new EnumMap<>(ServiceClass.class);
        classes.forEach((name, value) -> {
            String key = "serviceClasses." + name;
            ServiceClass serviceClass = wire(ServiceClass.class, name, key);
            Map<String, Object> entry = map(value, key);
            String standardSet = text(entry, "standards", key + ".standards");
            if (!standardSets.containsKey(standardSet)) {
                throw error(key + ".standards", "no standard set '" + standardSet + "' in standardSets");
            }
            result.put(serviceClass, new ServiceClassRule(serviceClass,
                    text(entry, "facilityClass", key + ".facilityClass"),
                    bool(entry, "voiceClass", key + ".voiceClass"),
                    bool(entry, "item2Listed", key + ".item2Listed"),
                    text(entry, "accidentClass", key + ".accidentClass"),
                    entry.containsKey("emergencyAccidentClass")
                            ? text(entry, "emergencyAccidentClass", key + ".emergencyAccidentClass") : null,
                    standardSet));
        });
        for (ServiceClass serviceClass : ServiceClass.values()) {
            if (!result.containsKey(serviceClass)) {
                throw error("serviceClasses", "missing service class '" + serviceClass.wire() + "'");
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private Map<String, List<AccidentThreshold>> accidentThresholds(Map<String, Object> classes) {
        Map<String, List<AccidentThreshold>> result = new LinkedHashMap<>();
        classes.forEach((name, value) -> {
            String key = "accidentThresholds." + name;
            List<AccidentThreshold> lines = new ArrayList<>();
            List<Object> entries = list(value, key);
            for (int i = 0; i < entries.size(); i++) {
                String lineKey = key + "[" + i + "]";
                Map<String, Object> line = map(entries.get(i), lineKey);
                lines.add(new AccidentThreshold(number(line, "hours", lineKey + ".hours").doubleValue(),
                        number(line, "users", lineKey + ".users").longValue()));
            }
            if (lines.isEmpty()) {
                throw error(key, "expected at least one threshold line");
            }
            result.put(name, List.copyOf(lines));
        });
        return Map.copyOf(result);
    }

    private void requireAccidentClass(Map<String, List<AccidentThreshold>> accidents, String accidentClass,
                                      String key) {
        if (!accidents.containsKey(accidentClass)) {
            throw error(key, "no accident class '" + accidentClass + "' in accidentThresholds");
        }
    }

    private DataServiceExtension extension(Map<String, Object> entry) {
        return new DataServiceExtension(
                wires(ServiceClass.class, entry.get("serviceClasses"), "dataServiceExtension.serviceClasses"),
                wires(Role.class, entry.get("rolesNotSufficient"), "dataServiceExtension.rolesNotSufficient"));
    }

    private ExposureRules exposure(Map<String, Object> entry) {
        String home = text(entry, "homeCountry", "exposure.homeCountry");
        if (!home.matches("[A-Z]{2}")) {
            throw error("exposure.homeCountry", "expected an ISO 3166-1 alpha-2 code like JP, found '" + home + "'");
        }
        Set<AccessKind> contractor = wires(AccessKind.class, entry.get("contractorAccessKinds"),
                "exposure.contractorAccessKinds");
        Set<AccessKind> storage = wires(AccessKind.class, entry.get("storageAccessKinds"),
                "exposure.storageAccessKinds");
        for (AccessKind kind : AccessKind.values()) {
            if (contractor.contains(kind) == storage.contains(kind)) {
                throw error("exposure.storageAccessKinds", "access kind '" + kind.wire() + "' must be in exactly"
                        + " one of contractorAccessKinds and storageAccessKinds");
            }
        }
        return new ExposureRules(
                wire(Designation.class, entry.get("designation"), "exposure.designation"),
                home,
                wires(ResourceKind.class, entry.get("hostKinds"), "exposure.hostKinds"),
                contractor,
                storage);
    }

    private Map<ConnectionKind, ConnectionRule> connectionKinds(Map<String, Object> kinds) {
        Map<ConnectionKind, ConnectionRule> result = new EnumMap<>(ConnectionKind.class);
        kinds.forEach((name, value) -> {
            String key = "connectionKinds." + name;
            ConnectionKind kind = wire(ConnectionKind.class, name, key);
            Map<String, Object> entry = map(value, key);
            result.put(kind, new ConnectionRule(kind, text(entry, "rule", key + ".rule"),
                    bool(entry, "carriersOnly", key + ".carriersOnly")));
        });
        for (ConnectionKind kind : ConnectionKind.values()) {
            if (!result.containsKey(kind)) {
                throw error("connectionKinds", "missing connection kind '" + kind.wire() + "'");
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private Map<String, Rule> rules(String regimeId, Map<String, Object> rules) {
        Map<String, Rule> result = new LinkedHashMap<>();
        rules.forEach((name, value) -> {
            String key = "rules." + name;
            Map<String, Object> entry = map(value, key);
            List<String> sources = texts(entry.get("sources"), key + ".sources");
            if (sources.isEmpty()) {
                throw error(key + ".sources", "expected at least one source key");
            }
            result.put(name, new Rule(regimeId + "/" + name, text(entry, "article", key + ".article"),
                    text(entry, "gist", key + ".gist"), sources));
        });
        return Map.copyOf(result);
    }

    // --- typed access with the key in every error ---

    private RulebookException error(String key, String what) {
        return new RulebookException(file + ": " + key + ": " + what);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String key) {
        if (!(value instanceof Map<?, ?> map)) {
            throw error(key, value == null ? "missing; expected a mapping" : "expected a mapping");
        }
        for (Object name : map.keySet()) {
            if (!(name instanceof String)) {
                throw error(key, "expected text keys, found " + name);
            }
        }
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object value, String key) {
        if (!(value instanceof List<?> list)) {
            throw error(key, value == null ? "missing; expected a list" : "expected a list");
        }
        return (List<Object>) list;
    }

    private String text(Map<String, Object> entry, String name, String key) {
        Object value = entry.get(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw error(key, value == null ? "missing; expected non-empty text" : "expected non-empty text");
        }
        return text;
    }

    private List<String> texts(Object value, String key) {
        List<String> result = new ArrayList<>();
        List<Object> items = list(value, key);
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String text) || text.isBlank()) {
                throw error(key + "[" + i + "]", "expected non-empty text");
            }
            result.add(text);
        }
        return List.copyOf(result);
    }

    private boolean bool(Map<String, Object> entry, String name, String key) {
        if (!(entry.get(name) instanceof Boolean value)) {
            throw error(key, entry.get(name) == null ? "missing; expected true or false" : "expected true or false");
        }
        return value;
    }

    private Number number(Map<String, Object> entry, String name, String key) {
        if (!(entry.get(name) instanceof Number value) || value.doubleValue() < 0) {
            throw error(key, entry.get(name) == null ? "missing; expected a number" : "expected a number >= 0");
        }
        return value;
    }

    private LocalDate date(Object value, String key) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(key, "expected a date like 2024-01-01, found '" + text + "'");
            }
        }
        throw error(key, "expected a date like 2024-01-01");
    }

    private <E extends Enum<E> & WireValue> E wire(Class<E> type, Object value, String key) {
        if (!(value instanceof String text)) {
            throw error(key, "expected one of " + WireValue.wireValues(type));
        }
        return WireValue.fromWire(type, text).orElseThrow(() ->
                error(key, "unknown value '" + text + "'; expected one of " + WireValue.wireValues(type)));
    }

    private <E extends Enum<E> & WireValue> Set<E> wires(Class<E> type, Object value, String key) {
        Set<E> result = EnumSet.noneOf(type);
        List<Object> items = list(value, key);
        for (int i = 0; i < items.size(); i++) {
            result.add(wire(type, items.get(i), key + "[" + i + "]"));
        }
        return Collections.unmodifiableSet(result);
    }
}
