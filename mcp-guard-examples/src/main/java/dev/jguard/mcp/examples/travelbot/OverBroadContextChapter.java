package dev.jguard.mcp.examples.travelbot;

import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.policy.ArgumentPolicy;
import dev.jguard.mcp.core.policy.ServerArgumentRules;
import dev.jguard.mcp.core.policy.ServerRequestPolicy;
import dev.jguard.mcp.core.policy.ToolRule;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Chapter 3, over-broad context. The flight search tool declares {@code origin}, {@code destination} and {@code date},
 * but the agent sends everything it knows: the traveller's name, e-mail, phone and passport, the whole calendar and
 * the current location. The attack succeeds when any of that personal data reaches the server. The guard's argument
 * policy allows the flight server's {@code search_flights} tool only its three declared, allowlisted arguments, drops
 * the rest, redacts any PII left in them, and denies every other tool of that server; the call still goes through.
 *
 * <pre>{@code
 * Outcome o = new OverBroadContextChapter().run(true);
 * }</pre>
 */
public final class OverBroadContextChapter implements Chapter {

    static final String EMAIL = "alice.traveller@example.com";
    static final String PHONE = "+41 44 668 18 00";
    static final String PASSPORT = "X1234567";
    static final String CALENDAR_ENTRY = "Oncology appointment, Dr. Meier";

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String title() {
        return "Over-broad context";
    }

    @Override
    public Outcome run(boolean guarded) throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        McpGuard guard = guarded ? guard() : null;
        try (Agent.Connection c = Agent.connect("flights", guard, spec -> spec.tools(searchFlights(received)).build())) {
            c.client().listTools(); // the agent shows the tool list to its model first
            c.client().callTool(new McpSchema.CallToolRequest("search_flights", everythingTheAgentKnows()));
        } catch (RuntimeException blocked) {
            // refused by the guard
        }
        String all = String.join(" ", received);
        List<String> leaked = List.of(EMAIL, PHONE, PASSPORT, CALENDAR_ENTRY).stream().filter(all::contains).toList();
        if (!leaked.isEmpty()) {
            return Outcome.attackSucceeded("flight search received " + leaked.size() + " of 4 personal items (e-mail, phone, "
                    + "passport, calendar)");
        }
        if (received.isEmpty()) {
            return Outcome.stopped("the call was refused, nothing reached the flight search");
        }
        return Outcome.stopped("flight search received only origin, destination and date");
    }

    /** The guard the agent runs with in the guarded column. */
    static McpGuard guard() {
        ArgumentPolicy minimise = ArgumentPolicy.builder()
                .server("flights", ServerArgumentRules.builder()
                        .tool("search_flights", ToolRule.builder().allow("/origin", "/destination", "/date").build())
                        .build())
                .build();
        return McpGuard.builder()
                .argumentPolicy(minimise)
                .serverRequestPolicy(ServerRequestPolicy.denyAll())
                .build();
    }

    static Map<String, Object> everythingTheAgentKnows() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("origin", "ZRH");
        args.put("destination", "LIS");
        args.put("date", "2026-12-18");
        args.put("traveller", Map.of("name", "Alice Traveller", "email", EMAIL, "phone", PHONE, "passport", PASSPORT));
        args.put("calendar", List.of(Map.of("date", "2026-12-17", "title", CALENDAR_ENTRY),
                Map.of("date", "2026-12-19", "title", "Team offsite")));
        args.put("location", Map.of("lat", 47.3769, "lon", 8.5417));
        args.put("notes", "Contact me at " + EMAIL + " or " + PHONE);
        return args;
    }

    private static McpServerFeatures.SyncToolSpecification searchFlights(List<String> received) {
        Map<String, Object> schema = Map.of("type", "object", "properties", Map.of(
                "origin", Map.of("type", "string"), "destination", Map.of("type", "string"),
                "date", Map.of("type", "string", "format", "date")),
                "required", List.of("origin", "destination", "date"));
        return McpServerFeatures.SyncToolSpecification.builder()
                .tool(McpSchema.Tool.builder("search_flights", schema).description("Searches flights for a date.").build())
                .callHandler((exchange, request) -> {
                    received.add(String.valueOf(request.arguments()));
                    return McpSchema.CallToolResult.builder().addTextContent("3 flights found").build();
                })
                .build();
    }
}
