package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several detectors run as one: every {@link TriggeredDetector} shares a single linear pass over the text (a
 * {@link TriggerScanner}), other detectors run on their own, and overlapping value findings are resolved so that each
 * character belongs to at most one of them: the more specific type wins (private key over JWT over API key over
 * credential over card ... over phone), then the longer span. Region findings (prompt injection, hidden Unicode,
 * escapes, control characters) are kept beside them. Immutable.
 */
final class CompositeDetector implements Detector {

    private static final List<String> PRIORITY = List.of(FindingTypes.PRIVATE_KEY, FindingTypes.JWT, FindingTypes.API_KEY,
        FindingTypes.AUTH_CREDENTIAL, FindingTypes.PASSWORD, FindingTypes.CREDIT_CARD, FindingTypes.IBAN, FindingTypes.US_SSN,
        FindingTypes.EMAIL, FindingTypes.IP_ADDRESS, FindingTypes.PHONE_NUMBER);
    private static final Map<String, Integer> RANK;

    static {
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        for (int k = 0; k < PRIORITY.size(); k++) {
            m.put(PRIORITY.get(k), k);
        }
        RANK = Map.copyOf(m);
    }

    private final String id;
    private final List<TriggeredDetector> triggered;
    private final TriggerScanner scanner;
    private final Detector[] others;
    private final Set<String> types;

    CompositeDetector(String id, List<? extends Detector> detectors) {
        this.id = id;
        List<TriggeredDetector> t = new ArrayList<>();
        List<Detector> o = new ArrayList<>();
        Set<String> ty = new LinkedHashSet<>();
        for (Detector d : detectors) {
            ty.addAll(d.types());
            if (d instanceof TriggeredDetector td && t.size() < 64) {
                t.add(td);
            } else {
                o.add(d);
            }
        }
        this.triggered = List.copyOf(t);
        this.scanner = new TriggerScanner(t);
        this.others = o.toArray(new Detector[0]);
        this.types = Set.copyOf(ty);
    }

    List<Detector> members() {
        List<Detector> all = new ArrayList<>(triggered);
        all.addAll(List.of(others));
        return all;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<String> types() {
        return types;
    }

    @Override
    public List<Finding> detect(CharSequence text) {
        List<Finding> out = new ArrayList<>();
        scanner.scan(text, out);
        for (Detector d : others) {
            out.addAll(d.detect(text));
        }
        return out.isEmpty() ? List.of() : resolve(out);
    }

    private static int rank(Finding f) {
        return RANK.getOrDefault(f.type(), PRIORITY.size());
    }

    private static boolean better(Finding a, Finding b) {
        int ra = rank(a);
        int rb = rank(b);
        return ra != rb ? ra < rb : a.length() > b.length();
    }

    /** Sorts by start and keeps, among overlapping findings, the best one. */
    /**
     * Finding types that describe a region of text (an injected instruction, hidden or control characters) rather
     * than a value: they never compete with value findings for characters, so an e-mail address inside an injected
     * sentence is reported as both.
     */
    private static final Set<String> REGION_TYPES = Set.of(FindingTypes.PROMPT_INJECTION, FindingTypes.HIDDEN_UNICODE,
        FindingTypes.ANSI_ESCAPE, FindingTypes.CONTROL_CHARACTER);

    static List<Finding> resolve(List<Finding> findings) {
        if (findings.size() == 1) {
            return List.copyOf(findings);
        }
        List<Finding> regions = null;
        List<Finding> valueFindings = findings;
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (REGION_TYPES.contains(f.type()) && regions == null) { // first region: split in one linear pass
                regions = new ArrayList<>();
                valueFindings = new ArrayList<>(findings.size());
                valueFindings.addAll(findings.subList(0, k));
            }
            if (regions == null) {
                continue;
            }
            if (!REGION_TYPES.contains(f.type())) {
                valueFindings.add(f);
            } else if (f.length() > 0) {
                regions.add(f);
            }
        }
        List<Finding> values = resolveValues(valueFindings);
        if (regions == null) {
            return values;
        }
        List<Finding> all = new ArrayList<>(values);
        all.addAll(regions);
        all.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        return List.copyOf(all);
    }

    /** @return of two overlapping findings, the one that names their union (the more specific type, then the longer) */
    static Finding preferred(Finding a, Finding b) {
        boolean ra = REGION_TYPES.contains(a.type());
        boolean rb = REGION_TYPES.contains(b.type());
        if (ra != rb) {
            return ra ? a : b; // a region (an injected sentence) names what it contains better than a value inside it
        }
        return resolveValues(new ArrayList<>(List.of(a, b))).get(0);
    }

    /** Value findings: each character belongs to at most one, the more specific type winning, then the longer span. */
    private static List<Finding> resolveValues(List<Finding> findings) {
        if (findings.size() <= 1) {
            return List.copyOf(findings);
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::length).reversed()));
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.length() == 0) {
                continue;
            }
            boolean add = true;
            while (!kept.isEmpty()) {
                Finding last = kept.get(kept.size() - 1);
                if (last.end() <= f.start()) {
                    break;
                }
                if (better(f, last)) {
                    kept.remove(kept.size() - 1);
                } else {
                    add = false;
                    break;
                }
            }
            if (add) {
                kept.add(f);
            }
        }
        return List.copyOf(kept);
    }

    @Override
    public String toString() {
        return "CompositeDetector[" + id + ", " + (triggered.size() + others.length) + " detectors]";
    }
}
