package dev.jguard.mcp.core.pinning;

import dev.jguard.mcp.api.Direction;
import dev.jguard.mcp.api.GuardErrorCode;
import dev.jguard.mcp.api.GuardInterceptor;
import dev.jguard.mcp.api.GuardedMessage;
import dev.jguard.mcp.api.MessageKind;
import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.api.Verdict;
import dev.jguard.mcp.api.event.ToolChangeEvent;
import dev.jguard.mcp.api.event.ToolChangeEvent.Change;
import dev.jguard.mcp.api.event.ToolFlaggedEvent;
import dev.jguard.mcp.core.toolscan.ScanContext;
import dev.jguard.mcp.core.toolscan.ScanReport;
import dev.jguard.mcp.core.toolscan.ToolDefinition;
import dev.jguard.mcp.core.toolscan.ToolFinding;
import dev.jguard.mcp.core.toolscan.ToolReport;
import dev.jguard.mcp.core.toolscan.ToolScanner;
import dev.jguard.mcp.core.toolscan.ToolVerdict;
import dev.jguard.mcp.core.transport.SafeText;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tool-pinning guard: checks every {@code tools/list} response (including the re-listing the SDK does after
 * {@code notifications/tools/list_changed}) against the pins of the server, removes unapproved tools from the list
 * the client sees, and blocks {@code tools/call} to any tool that is not currently approved with
 * {@link GuardErrorCode#TOOL_NOT_APPROVED} before it reaches the server. Every difference is an event
 * ({@link ToolChangeEvent}, {@link ToolFlaggedEvent}); nothing new is ever trusted silently.
 *
 * <pre>{@code
 * ToolPinning pinning = ToolPinning.builder(LockfilePinStore.open(Path.of("mcp-guard.lock.json")))
 *     .mode(PinMode.ENFORCE)
 *     .build();
 * McpGuard guard = McpGuard.builder().toolPinning(pinning).build();
 * McpClientTransport t = guard.wrap(raw, ServerIdentity.stdio("files", "npx", List.of("@modelcontextprotocol/server-filesystem", "/tmp")));
 * }</pre>
 *
 * <p>What is pinned: the {@link ToolFingerprint} (RFC 8785 + SHA-256) of each raw tool object, the tool set, and the
 * server's {@code instructions} from {@code initialize}. Pins are keyed by {@link ServerIdentity#location()}, which
 * carries no secrets. A tool is approved when its current fingerprint equals its pin. In addition the
 * {@link ToolScanner} runs on every listing: a tool it blocks (poisoned description, hidden Unicode, look-alike of a
 * pinned or listed name) is never recorded by trust on first use and never shown unless it is exactly pinned (an exact
 * pin is an explicit human approval).
 *
 * <p><b>Warning.</b> Pinning trades agility for safety: a server update that changes a description removes that tool
 * until someone reviews and re-pins it ({@code mcp-guard verify}, then {@code mcp-guard pin}). A client that calls a
 * tool without listing tools first is refused: approvals come only from a verified listing.
 *
 * <p>Thread-safe. The instance holds the current approvals per server, so give each {@code McpGuard} its own.
 */
public final class ToolPinning implements GuardInterceptor {

    /** The rule id of a blocked call to an unapproved tool. */
    public static final String RULE_NOT_APPROVED = "pin.tool-not-approved";

    private final PinStore store;
    private final PinMode mode;
    private final ToolScanner scanner;
    private final Clock clock;
    private final Map<String, ServerState> states = new ConcurrentHashMap<>();

    private ToolPinning(Builder b) {
        this.store = b.store;
        this.mode = b.mode;
        this.scanner = b.scanner;
        this.clock = b.clock;
    }

    /**
     * @param store where the pins are (a lockfile, a signed manifest, or memory)
     * @return a builder; default mode {@link PinMode#ENFORCE} with the default {@link ToolScanner}
     */
    public static Builder builder(PinStore store) {
        return new Builder(store);
    }

    /** @return the mode */
    public PinMode mode() {
        return mode;
    }

    /** @return the pin store */
    public PinStore store() {
        return store;
    }

    /**
     * @param server a server identity
     * @return the names of its tools currently approved for calls (empty before the first verified listing)
     */
    public Set<String> approvedTools(ServerIdentity server) {
        ServerState s = states.get(server.location());
        return s == null ? Set.of() : s.approved;
    }

    @Override
    public String id() {
        return "tool-pinning";
    }

    @Override
    public Verdict inspect(GuardedMessage message) {
        if (message.direction() == Direction.OUTBOUND) {
            if (message.isRequest(McpSchema.METHOD_TOOLS_CALL)) {
                return checkCall(message);
            }
            if (message.isRequest(McpSchema.METHOD_TOOLS_LIST)) {
                state(message.server()).listRequests.put(String.valueOf(message.id()), message.params().get("cursor") != null);
            }
            return Verdict.pass();
        }
        if (message.kind() == MessageKind.RESPONSE && message.message() instanceof McpSchema.JSONRPCResponse response
                && response.error() == null) {
            if (message.isResponseTo(McpSchema.METHOD_TOOLS_LIST)) {
                return checkListing(message, response);
            }
            if (message.isResponseTo(McpSchema.METHOD_INITIALIZE)) {
                return checkInstructions(message, response);
            }
        }
        if (message.isNotification(McpSchema.METHOD_NOTIFICATION_TOOLS_LIST_CHANGED) && mode != PinMode.AUDIT) {
            state(message.server()).approved = Set.of(); // nothing is callable until the new list is verified
        }
        return Verdict.pass();
    }

    private Verdict checkCall(GuardedMessage message) {
        String tool = message.toolName();
        if (mode == PinMode.AUDIT) {
            return Verdict.pass();
        }
        ServerState s = states.get(message.server().location());
        if (tool != null && s != null && s.approved.contains(tool)) {
            return Verdict.pass();
        }
        return Verdict.block(GuardErrorCode.TOOL_NOT_APPROVED, RULE_NOT_APPROVED,
                "tool is not approved by tool pinning (new, changed, flagged, or not listed yet); list tools first, "
                        + "review the change with 'mcp-guard verify' and re-pin it with 'mcp-guard pin'");
    }

    private Verdict checkListing(GuardedMessage message, McpSchema.JSONRPCResponse response) {
        ServerIdentity server = message.server();
        ServerState s = state(server);
        Map<String, Object> result = message.result();
        if (!(result.get("tools") instanceof List<?> rawTools)) {
            throw new IllegalArgumentException("tools/list result has no tools array");
        }
        Boolean hadCursor = s.listRequests.remove(String.valueOf(message.id()));
        boolean firstPage = hadCursor == null || !hadCursor;
        boolean lastPage = result.get("nextCursor") == null;
        synchronized (s) {
            ServerPins pins = store.load(server.location()).orElse(null);
            if (firstPage) {
                s.listingSeen = new LinkedHashSet<>();
                s.listingApproved = new HashSet<>();
                s.firstSight = pins == null;
            }
            List<ToolDefinition> defs = new ArrayList<>();
            for (Object o : rawTools) {
                if (o instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> tool = (Map<String, Object>) m;
                    defs.add(ToolDefinition.of(server.name(), tool));
                }
            }
            ScanReport report = scanner == null ? null : scanner.scan(context(server, defs));
            List<Object> kept = new ArrayList<>();
            ServerPins.Builder recorded = s.firstSight && mode == PinMode.TRUST_ON_FIRST_USE
                    ? (pins == null ? ServerPins.builder(server.location(), server.name()).instructions(s.pendingInstructions) : pins.toBuilder())
                    : null;
            boolean removedAny = false;
            int index = 0;
            for (Object o : rawTools) {
                boolean approved = decide(message, o, pins, report, defs, index, s, recorded);
                if (o instanceof Map<?, ?>) {
                    index++;
                }
                if (approved || mode == PinMode.AUDIT) {
                    kept.add(o);
                } else {
                    removedAny = true;
                }
            }
            if (recorded != null) {
                ServerPins next = recorded.build();
                if (!next.equals(pins)) {
                    store.save(next);
                }
                pins = next;
            }
            if (lastPage && pins != null) {
                for (String pinned : pins.tools().keySet()) {
                    if (!s.listingSeen.contains(pinned)) {
                        emitChange(message, pinned, Change.REMOVED, "reported", pins.tools().get(pinned), null);
                    }
                }
            }
            Set<String> approvedNow = new HashSet<>(s.listingApproved);
            if (!lastPage) {
                approvedNow.addAll(s.approved); // keep earlier pages' approvals until the listing is complete
            }
            s.approved = Collections.unmodifiableSet(approvedNow);
            s.others.put(server.name(), List.copyOf(defsApproved(defs, approvedNow)));
            if (!removedAny) {
                return Verdict.pass();
            }
            Map<String, Object> filtered = new LinkedHashMap<>(result);
            filtered.put("tools", kept);
            return Verdict.replace(new McpSchema.JSONRPCResponse(response.jsonrpc(), response.id(), filtered, null));
        }
    }

    /** @return true when the tool stays in the list (approved) */
    private boolean decide(GuardedMessage message, Object raw, ServerPins pins, ScanReport report, List<ToolDefinition> defs,
            int index, ServerState s, ServerPins.Builder recorded) {
        if (!(raw instanceof Map<?, ?> map) || !(map.get("name") instanceof String name) || name.isEmpty()) {
            emitChange(message, "-", Change.INVALID, action(), null, null);
            return false;
        }
        s.listingSeen.add(name);
        ToolFingerprint actual;
        try {
            actual = ToolFingerprint.of(defs.get(index)); // the digest the scanner's cache already computed
        } catch (IllegalArgumentException e) {
            emitChange(message, name, Change.INVALID, action(), null, null);
            return false;
        }
        ToolFingerprint expected = pins == null ? null : pins.tools().get(name);
        if (actual.equals(expected)) {
            s.listingApproved.add(name);
            return true;
        }
        ToolReport scan = report == null ? null : report.tools().get(index);
        boolean flagged = scan != null && scan.verdict() == ToolVerdict.BLOCK;
        if (scan != null) {
            for (ToolFinding f : scan.findings()) {
                if (f.severity().compareTo(dev.jguard.mcp.api.event.Severity.MEDIUM) >= 0) {
                    message.emit(new ToolFlaggedEvent(clock.instant(), message.server().name(), SafeText.identifier(name), f.ruleId(),
                            f.severity(), SafeText.identifier(f.pointer()), flagged && mode != PinMode.AUDIT ? "removed" : "reported",
                            message.incidentId()));
                }
            }
        }
        if (recorded != null && expected == null && !flagged) {
            recorded.tool(name, actual);
            s.listingApproved.add(name);
            emitChange(message, name, Change.PINNED, "recorded", null, actual);
            return true;
        }
        emitChange(message, name, expected == null ? Change.ADDED : Change.CHANGED, action(), expected, actual);
        if (mode == PinMode.AUDIT) {
            s.listingApproved.add(name);
        }
        return false;
    }

    private Verdict checkInstructions(GuardedMessage message, McpSchema.JSONRPCResponse response) {
        Map<String, Object> result = message.result();
        ServerState s = state(message.server());
        ServerPins pins = store.load(message.server().location()).orElse(null);
        Object raw = result.get("instructions");
        ToolFingerprint actual = raw instanceof String text ? ToolFingerprint.ofInstructions(text) : null;
        ToolFingerprint expected = pins == null ? null : pins.instructions().orElse(null);
        s.pendingInstructions = null;
        if (Objects.equals(actual, expected)) {
            return Verdict.pass();
        }
        if (pins == null && mode == PinMode.TRUST_ON_FIRST_USE) {
            s.pendingInstructions = actual; // recorded with the first tool listing
            return Verdict.pass();
        }
        if (actual == null) {
            return Verdict.pass(); // instructions were pinned but are gone: nothing reaches the model
        }
        emitChange(message, "-", Change.INSTRUCTIONS_CHANGED, mode == PinMode.AUDIT ? "reported" : "stripped", expected, actual);
        if (mode == PinMode.AUDIT) {
            return Verdict.pass();
        }
        Map<String, Object> stripped = new LinkedHashMap<>(result);
        stripped.remove("instructions");
        return Verdict.replace(new McpSchema.JSONRPCResponse(response.jsonrpc(), response.id(), stripped, null));
    }

    private ScanContext context(ServerIdentity server, List<ToolDefinition> listing) {
        List<ToolDefinition> all = new ArrayList<>(listing);
        Map<String, Set<String>> pinned = new HashMap<>();
        for (ServerState other : states.values()) {
            other.others.forEach((name, defs) -> {
                if (!name.equals(server.name())) {
                    all.addAll(defs);
                }
            });
        }
        for (ServerPins p : store.snapshot().servers().values()) {
            pinned.computeIfAbsent(p.name(), k -> new HashSet<>()).addAll(p.tools().keySet());
        }
        return ScanContext.of(all.subList(0, all.size()), pinned);
    }

    private static List<ToolDefinition> defsApproved(List<ToolDefinition> defs, Set<String> approved) {
        List<ToolDefinition> out = new ArrayList<>();
        for (ToolDefinition d : defs) {
            if (approved.contains(d.name())) {
                out.add(d);
            }
        }
        return out;
    }

    private String action() {
        return mode == PinMode.AUDIT ? "reported" : "removed";
    }

    private void emitChange(GuardedMessage message, String tool, Change change, String action, ToolFingerprint expected,
            ToolFingerprint actual) {
        message.emit(new ToolChangeEvent(clock.instant(), message.server().name(), "-".equals(tool) ? "-" : SafeText.identifier(tool),
                change, action, expected == null ? null : expected.toString(), actual == null ? null : actual.toString(),
                message.incidentId()));
    }

    private ServerState state(ServerIdentity server) {
        return states.computeIfAbsent(server.location(), k -> new ServerState());
    }

    /** Per-server approvals; guarded by its own monitor while a listing is processed. */
    private static final class ServerState {
        volatile Set<String> approved = Set.of();
        volatile ToolFingerprint pendingInstructions;
        final Map<String, Boolean> listRequests = new ConcurrentHashMap<>();
        final Map<String, List<ToolDefinition>> others = new ConcurrentHashMap<>();
        Set<String> listingSeen = new LinkedHashSet<>();
        Set<String> listingApproved = new HashSet<>();
        boolean firstSight;
    }

    /** Builds {@link ToolPinning}. Not thread-safe. */
    public static final class Builder {
        private final PinStore store;
        private PinMode mode = PinMode.ENFORCE;
        private ToolScanner scanner = ToolScanner.defaults();
        private Clock clock = Clock.systemUTC();

        private Builder(PinStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /**
         * @param mode how mismatches are treated. Default: {@link PinMode#ENFORCE}
         * @return this builder
         */
        public Builder mode(PinMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * @param scanner the scanner run on every listing. Default: {@link ToolScanner#defaults()}
         * @return this builder
         */
        public Builder scanner(ToolScanner scanner) {
            this.scanner = Objects.requireNonNull(scanner, "scanner");
            return this;
        }

        /**
         * Turns the poisoning and look-alike scanner off (pins only). Not recommended with
         * {@link PinMode#TRUST_ON_FIRST_USE}, which would then record whatever a server lists first.
         *
         * @return this builder
         */
        public Builder withoutScanner() {
            this.scanner = null;
            return this;
        }

        /**
         * @param clock the clock for event timestamps. Default: system UTC
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @return the guard
         * @throws IllegalStateException if trust on first use is combined with a read-only store
         */
        public ToolPinning build() {
            if (mode == PinMode.TRUST_ON_FIRST_USE && !store.writable()) {
                throw new IllegalStateException("TRUST_ON_FIRST_USE needs a writable pin store; a signed manifest is read-only "
                        + "(use PinMode.ENFORCE with a manifest)");
            }
            return new ToolPinning(this);
        }
    }
}
