package dev.jguard.mcp.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentFilterTest {

    static final Map<String, Object> SCHEMA = Map.of("type", "object", "properties", Map.of(
        "origin", Map.of("type", "string"),
        "destination", Map.of("type", "string"),
        "date", Map.of("type", "string"),
        "note", Map.of("type", "string"),
        "passenger", Map.of("type", "object", "properties", Map.of(
            "name", Map.of("type", "string"), "email", Map.of("type", "string"), "ssn", Map.of("type", "string"))),
        "legs", Map.of("type", "array", "items", Map.of("$ref", "#/$defs/leg"))),
        "$defs", Map.of("leg", Map.of("type", "object", "properties", Map.of("from", Map.of("type", "string")))));

    static Map<String, Object> args() {
        Map<String, Object> passenger = new LinkedHashMap<>();
        passenger.put("name", "Ada Lovelace");
        passenger.put("email", "ada@example.com");
        passenger.put("ssn", "536-22-1234");
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("origin", "LHR");
        a.put("destination", "JFK");
        a.put("date", "2025-03-14");
        a.put("passenger", passenger);
        a.put("calendar", List.of("dentist", "board meeting"));
        a.put("legs", new ArrayList<>(List.of(Map.of("from", "LHR", "seat", "12A"))));
        return a;
    }

    static ArgumentFilter.Result apply(ArgumentPolicy policy, String tool, Map<String, Object> args, Map<String, Object> schema) {
        return new ArgumentFilter(policy).apply("airline", tool, args, schema);
    }

    static ArgumentPolicy allowing(ToolRule rule) {
        return ArgumentPolicy.builder().server("airline", ServerArgumentRules.builder().tool("search", rule).build()).build();
    }

    static List<String> rules(ArgumentFilter.Result r) {
        return r.changes().stream().map(c -> c.ruleId() + " " + c.pointer() + (c.findingType() == null ? "" : " " + c.findingType())).toList();
    }

    /* ---------- tool decisions ---------- */

    @Test
    void default_policy_denies_every_tool() {
        ArgumentFilter.Result r = apply(ArgumentPolicy.builder().build(), "search", args(), SCHEMA);
        assertThat(r.blocked()).isTrue();
        assertThat(r.blockRule()).isEqualTo("args.tool-not-allowed");
        assertThat(r.blockReason()).contains("add a ToolRule");
    }

    @Test
    void allow_by_default_server_allows_unlisted_tools() {
        ArgumentPolicy p = ArgumentPolicy.builder().server("airline", ServerArgumentRules.allowAll()).build();
        assertThat(apply(p, "anything", Map.of("origin", "LHR"), SCHEMA).blocked()).isFalse();
    }

    @Test
    void deny_wins_over_allow_in_any_order() {
        ServerArgumentRules denyThenAllow = ServerArgumentRules.builder().defaultDecision(ServerArgumentRules.Decision.ALLOW)
            .denyTool("delete").tool("delete", ToolRule.allowed()).build();
        ServerArgumentRules allowThenDeny = ServerArgumentRules.builder().defaultDecision(ServerArgumentRules.Decision.ALLOW)
            .tool("delete", ToolRule.allowed()).denyTool("delete").build();
        for (ServerArgumentRules rules : List.of(denyThenAllow, allowThenDeny)) {
            ArgumentFilter.Result r = apply(ArgumentPolicy.builder().server("airline", rules).build(), "delete", Map.of(), SCHEMA);
            assertThat(r.blockRule()).isEqualTo("args.tool-denied");
        }
    }

    @Test
    void unlisted_servers_use_the_default_rules() {
        ArgumentPolicy p = ArgumentPolicy.builder().defaultRules(ServerArgumentRules.allowAll()).build();
        assertThat(new ArgumentFilter(p).apply("other", "x", Map.of(), Map.of("type", "object")).blocked()).isFalse();
    }

    /* ---------- schema ---------- */

    @Test
    void undeclared_arguments_are_dropped_recursively() {
        ArgumentFilter.Result r = apply(allowing(ToolRule.allowed()), "search", args(), SCHEMA);
        assertThat(r.blocked()).isFalse();
        assertThat(r.arguments()).doesNotContainKey("calendar");
        assertThat(rules(r)).contains("args.undeclared /calendar", "args.undeclared /legs/0/seat");
        assertThat(r.arguments().get("legs")).isEqualTo(List.of(Map.of("from", "LHR")));
    }

    @Test
    void additional_properties_true_keeps_extras() {
        Map<String, Object> open = Map.of("type", "object", "properties", Map.of("a", Map.of()), "additionalProperties", true);
        ArgumentFilter.Result r = apply(ArgumentPolicy.builder().server("airline", ServerArgumentRules.allowAll()).detector(null).build(),
            "t", Map.of("a", 1, "b", 2), open);
        assertThat(r.changed()).isFalse();
    }

    @Test
    void unknown_schema_blocks_unless_configured() {
        ArgumentFilter.Result r = apply(allowing(ToolRule.allowed()), "search", args(), null);
        assertThat(r.blockRule()).isEqualTo("args.schema-unknown");
        ArgumentPolicy lenient = ArgumentPolicy.builder().blockUnknownSchema(false)
            .server("airline", ServerArgumentRules.allowAll()).build();
        assertThat(apply(lenient, "search", args(), null).blocked()).isFalse();
        ArgumentPolicy noDrop = ArgumentPolicy.builder()
            .server("airline", ServerArgumentRules.builder().dropUndeclared(false).tool("search", ToolRule.allowed()).build()).build();
        assertThat(apply(noDrop, "search", args(), null).arguments()).containsKey("calendar");
    }

    /* ---------- allowlist ---------- */

    @Test
    void allowlist_projects_arguments() {
        ArgumentFilter.Result r = apply(allowing(ToolRule.builder().allow("/origin", "/destination", "/passenger/name").build()),
            "search", args(), SCHEMA);
        assertThat(r.arguments()).containsOnlyKeys("origin", "destination", "passenger");
        assertThat(((Map<?, ?>) r.arguments().get("passenger")).keySet()).isEqualTo(java.util.Set.of("name"));
        assertThat(rules(r)).contains("args.not-allowlisted /date", "args.not-allowlisted /passenger/email");
    }

    @Test
    void allowlist_wildcards_match_array_elements() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("legs", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("from", "LHR")), new LinkedHashMap<>(Map.of("from", "CDG")))));
        ArgumentFilter.Result r = apply(allowing(ToolRule.builder().allow("/legs/*/from").build()), "search", a, SCHEMA);
        assertThat(r.changed()).isFalse();
    }

    /* ---------- field actions ---------- */

    @Test
    void each_field_action() {
        ToolRule rule = ToolRule.builder()
            .field("/origin", FieldAction.ALLOW)
            .field("/destination", FieldAction.MASK)
            .field("/date", FieldAction.HASH)
            .field("/passenger/name", FieldAction.REDACT)
            .field("/passenger/email", FieldAction.DROP)
            .build();
        ArgumentFilter.Result r = apply(allowing(rule), "search", args(), SCHEMA);
        Map<String, Object> out = r.arguments();
        assertThat(out.get("origin")).isEqualTo("LHR");
        assertThat(out.get("destination")).isEqualTo("***");
        assertThat((String) out.get("date")).matches("<HASH:[0-9a-f]{12}>");
        Map<?, ?> passenger = (Map<?, ?>) out.get("passenger");
        assertThat(passenger.get("name")).isEqualTo("<REDACTED>");
        assertThat(passenger.containsKey("email")).isFalse();
        assertThat(passenger.get("ssn")).isEqualTo("<US_SSN>"); // detector
        assertThat(rules(r)).contains("args.field-mask /destination", "args.field-hash /date", "args.field-redact /passenger/name",
            "args.field-drop /passenger/email", "args.detected-redact /passenger/ssn US_SSN");
    }

    @Test
    void block_field_rejects_the_call_naming_the_pointer_not_the_value() {
        ArgumentFilter.Result r = apply(allowing(ToolRule.builder().field("/passenger/ssn", FieldAction.BLOCK).build()), "search",
            args(), SCHEMA);
        assertThat(r.blockRule()).isEqualTo("args.field-blocked");
        assertThat(r.blockPointer()).isEqualTo("/passenger/ssn");
        assertThat(r.blockReason()).contains("/passenger/ssn").doesNotContain("536-22-1234");
    }

    @Test
    void block_below_a_dropped_member_still_rejects_deny_wins() {
        ToolRule rule = ToolRule.builder().field("/passenger", FieldAction.DROP).field("/passenger/ssn", FieldAction.BLOCK).build();
        assertThat(apply(allowing(rule), "search", args(), SCHEMA).blockRule()).isEqualTo("args.field-blocked");
    }

    @Test
    void hash_is_keyed_over_canonical_json_so_key_order_does_not_matter() {
        ToolRule rule = ToolRule.builder().field("/passenger", FieldAction.HASH).build();
        Map<String, Object> a = new java.util.LinkedHashMap<>(args());
        Map<String, Object> ab = new java.util.LinkedHashMap<>();
        ab.put("name", "A");
        ab.put("ssn", "B");
        Map<String, Object> ba = new java.util.LinkedHashMap<>();
        ba.put("ssn", "B");
        ba.put("name", "A");
        ArgumentPolicy policy = allowing(rule);
        a.put("passenger", ab);
        Object first = apply(policy, "search", a, SCHEMA).arguments().get("passenger");
        a.put("passenger", ba);
        Object second = apply(policy, "search", a, SCHEMA).arguments().get("passenger");
        a.put("passenger", Map.of("name", "A\",\"ssn\":\"B"));
        Object forged = apply(policy, "search", a, SCHEMA).arguments().get("passenger");
        assertThat(first).asString().startsWith("<HASH:");
        assertThat(second).isEqualTo(first);
        assertThat(forged).as("string contents cannot impersonate structure").isNotEqualTo(first);
    }

    @Test
    void stronger_action_wins_on_the_same_value() {
        ToolRule rule = ToolRule.builder().field("/passenger", FieldAction.ALLOW).field("/passenger/email", FieldAction.BLOCK).build();
        assertThat(apply(allowing(rule), "search", args(), SCHEMA).blockRule()).isEqualTo("args.field-blocked");
        ToolRule twice = ToolRule.builder().field("/origin", FieldAction.REDACT).field("/origin", FieldAction.MASK).build();
        assertThat(apply(allowing(twice), "search", args(), SCHEMA).arguments().get("origin")).isEqualTo("<REDACTED>");
    }

    @Test
    void allow_exempts_from_detectors() {
        ToolRule rule = ToolRule.builder().field("/passenger/email", FieldAction.ALLOW).build();
        Map<?, ?> passenger = (Map<?, ?>) apply(allowing(rule), "search", args(), SCHEMA).arguments().get("passenger");
        assertThat(passenger.get("email")).isEqualTo("ada@example.com");
    }

    @Test
    void mask_keeps_shape() {
        assertThat(ArgumentFilter.mask("4111 1111 1111 1111")).isEqualTo("**** **** **** 1111");
        assertThat(ArgumentFilter.mask("LHR")).isEqualTo("***");
    }

    /* ---------- detectors ---------- */

    @Test
    void detector_findings_are_redacted_in_string_leaves_keeping_the_rest() {
        Map<String, Object> a = new LinkedHashMap<>(args());
        a.put("note", "call +44 20 7946 0958 or mail ada@example.com");
        ArgumentFilter.Result r = apply(allowing(ToolRule.allowed()), "search", a, SCHEMA);
        assertThat(r.arguments().get("note")).isEqualTo("call <PHONE_NUMBER> or mail <EMAIL>");
    }

    @Test
    void finding_actions_per_type() {
        Map<String, Object> a = Map.of("note", "key -----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----");
        ArgumentPolicy p = ArgumentPolicy.builder().server("airline", ServerArgumentRules.allowAll())
            .onFinding(FindingTypes.PRIVATE_KEY, FieldAction.BLOCK).build();
        ArgumentFilter.Result r = apply(p, "search", a, SCHEMA);
        assertThat(r.blockRule()).isEqualTo("args.detected");
        assertThat(r.blockReason()).contains("PRIVATE_KEY").doesNotContain("MIIB");
        ArgumentPolicy dropEmails = ArgumentPolicy.builder().server("airline", ServerArgumentRules.allowAll())
            .onFinding(FindingTypes.EMAIL, FieldAction.DROP).build();
        assertThat(apply(dropEmails, "search", Map.of("note", "x@y.io", "origin", "LHR"), SCHEMA).arguments()).containsOnlyKeys("origin");
    }

    @Test
    void secret_named_members_are_redacted_whole() {
        Map<String, Object> schema = Map.of("type", "object", "properties", Map.of("password", Map.of(), "max_tokens", Map.of()));
        ArgumentFilter.Result r = apply(ArgumentPolicy.builder().server("airline", ServerArgumentRules.allowAll()).build(), "login",
            Map.of("password", "hunter2", "max_tokens", "100"), schema);
        assertThat(r.arguments()).containsEntry("password", "<PASSWORD>").containsEntry("max_tokens", "100");
    }

    /* ---------- limits ---------- */

    @Test
    void size_depth_and_string_limits() {
        ArgumentPolicy p = ArgumentPolicy.builder().server("airline", ServerArgumentRules.allowAll()).limits(200, 3, 50).build();
        assertThat(apply(p, "t", Map.of("a", "x".repeat(51)), Map.of()).blockRule()).isEqualTo("args.limit.string");
        assertThat(apply(p, "t", Map.of("a", Map.of("b", Map.of("c", Map.of("d", 1)))), Map.of()).blockRule()).isEqualTo("args.limit.depth");
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add("xxxxx");
        }
        assertThat(apply(p, "t", Map.of("a", many), Map.of()).blockRule()).isEqualTo("args.limit.size");
    }

    @Test
    void hostile_depth_is_rejected_without_stack_overflow() {
        Object deep = "leaf";
        for (int i = 0; i < 100_000; i++) {
            deep = Map.of("a", deep);
        }
        ArgumentPolicy p = ArgumentPolicy.builder().server("airline", ServerArgumentRules.allowAll()).build();
        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) deep;
        assertThat(apply(p, "t", args, Map.of()).blockRule()).isEqualTo("args.limit.depth");
    }

    @Test
    void input_is_never_modified() {
        Map<String, Object> a = args();
        String before = a.toString();
        apply(allowing(ToolRule.builder().allow("/origin").build()), "search", a, SCHEMA);
        assertThat(a.toString()).isEqualTo(before);
    }
}
