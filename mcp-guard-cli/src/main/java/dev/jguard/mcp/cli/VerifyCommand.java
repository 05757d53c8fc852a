package dev.jguard.mcp.cli;

import com.nimbusds.jose.jwk.JWKSet;
import dev.jguard.mcp.core.pinning.Lockfile;
import dev.jguard.mcp.core.pinning.PinSet;
import dev.jguard.mcp.core.pinning.PinStoreException;
import dev.jguard.mcp.core.pinning.ServerPins;
import dev.jguard.mcp.core.pinning.SignedManifest;
import dev.jguard.mcp.core.pinning.ToolFingerprint;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mcp-guard verify}: compares the current tools of servers with a lockfile (or a signed manifest) and reports
 * changed, added and removed tools and changed instructions. Exit 0 when everything matches, 1 on any difference, 2 on
 * bad input (including a corrupt lockfile or a badly signed manifest).
 *
 * <pre>{@code
 * ./mcp-guard verify --tools everything-tools.json --server everything --lockfile mcp-guard.lock.json
 * ./mcp-guard verify --config mcp.json --manifest pins.jws --trusted-keys org-keys.jwks
 * }</pre>
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Report changed/added/removed tools against a lockfile or signed manifest. Exit 1 on any difference.")
public final class VerifyCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = "--lockfile", paramLabel = "FILE", defaultValue = "mcp-guard.lock.json", description = "lockfile (default: ${DEFAULT-VALUE})")
    Path lockfile;

    @Option(names = "--manifest", paramLabel = "FILE", description = "signed manifest (JWS) to verify against instead of the lockfile")
    Path manifest;

    @Option(names = "--trusted-keys", paramLabel = "JWKS", description = "public keys (JWK set) that may sign the manifest")
    Path trustedKeys;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        try {
            PinSet pins = loadPins();
            List<Map<String, Object>> diffs = new ArrayList<>();
            for (ServerTools st : input.load()) {
                diffs.addAll(diff(st, pins.server(st.identity().location()).orElse(null)));
            }
            if ("json".equals(format)) {
                System.out.println(Reports.json(Map.of("differences", diffs)));
            } else if ("text".equals(format)) {
                for (Map<String, Object> d : diffs) {
                    System.out.println(String.valueOf(d.get("change")).toUpperCase(java.util.Locale.ROOT) + "  " + d.get("server") + "/"
                            + Reports.safe(String.valueOf(d.get("tool"))) + (d.get("actual") != null ? "  now " + d.get("actual") : ""));
                }
                System.out.println(diffs.isEmpty() ? "all tools match their pins" : diffs.size() + " difference(s) against the pins");
            } else {
                throw new CliInputException("unknown --format '" + format + "' (use text or json)");
            }
            return diffs.isEmpty() ? 0 : 1;
        } catch (CliInputException | PinStoreException e) {
            System.err.println("mcp-guard verify: " + e.getMessage());
            return 2;
        }
    }

    private PinSet loadPins() {
        if (manifest == null) {
            return Lockfile.read(lockfile);
        }
        if (trustedKeys == null) {
            throw new CliInputException("--manifest needs --trusted-keys (a JWK set with the publisher's public keys)");
        }
        JWKSet keys;
        try {
            keys = JWKSet.load(trustedKeys.toFile());
        } catch (IOException | ParseException e) {
            throw new CliInputException(trustedKeys + " is not a readable JWK set");
        }
        try {
            return SignedManifest.trusting(keys).load(manifest).snapshot();
        } catch (IllegalArgumentException e) {
            throw new CliInputException(e.getMessage());
        }
    }

    static List<Map<String, Object>> diff(ServerTools st, ServerPins pins) {
        List<Map<String, Object>> out = new ArrayList<>();
        String server = st.identity().name();
        if (pins == null) {
            out.add(entry(server, "-", "unpinned-server", null, null));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Map<String, Object> tool : st.tools()) {
            String name = tool.get("name") instanceof String s ? s : "";
            seen.add(name);
            ToolFingerprint actual;
            try {
                actual = ToolFingerprint.of(tool);
            } catch (IllegalArgumentException e) {
                out.add(entry(server, name, "invalid", null, null));
                continue;
            }
            ToolFingerprint expected = pins == null ? null : pins.tools().get(name);
            if (expected == null) {
                out.add(entry(server, name, "added", null, actual));
            } else if (!expected.equals(actual)) {
                out.add(entry(server, name, "changed", expected, actual));
            }
        }
        if (pins != null) {
            for (Map.Entry<String, ToolFingerprint> e : pins.tools().entrySet()) {
                if (!seen.contains(e.getKey())) {
                    out.add(entry(server, e.getKey(), "removed", e.getValue(), null));
                }
            }
            ToolFingerprint instr = st.instructions() == null ? null : ToolFingerprint.ofInstructions(st.instructions());
            if (st.identity().location().startsWith("name:") && st.instructions() == null) {
                instr = pins.instructions().orElse(null); // a tools file carries no instructions: nothing to compare
            }
            if (!Objects.equals(instr, pins.instructions().orElse(null))) {
                out.add(entry(server, "-", "instructions-changed", pins.instructions().orElse(null), instr));
            }
        }
        return out;
    }

    private static Map<String, Object> entry(String server, String tool, String change, ToolFingerprint expected, ToolFingerprint actual) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("server", server);
        m.put("tool", tool);
        m.put("change", change);
        m.put("expected", expected == null ? null : expected.toString());
        m.put("actual", actual == null ? null : actual.toString());
        return m;
    }
}
