package dev.jguard.mcp.core.auth;

import dev.jguard.mcp.api.Direction;
import dev.jguard.mcp.api.GuardErrorCode;
import dev.jguard.mcp.api.GuardInterceptor;
import dev.jguard.mcp.api.GuardedMessage;
import dev.jguard.mcp.api.MessageKind;
import dev.jguard.mcp.api.Verdict;
import dev.jguard.mcp.core.json.JsonTree;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * No token passthrough on any transport: blocks every outbound message (request, notification, or the client's answer
 * to a server request) whose strings contain an access token that one of the guard's {@link SenderConstrainedAuth}
 * bindings attaches, whatever the transport (stdio, in-process or HTTP). The HTTP bindings check the request body
 * themselves; this stage covers the transports they never see, so a token can be neither handed to its own server
 * inside a tool argument nor forwarded to another server. The stage is part of every {@code McpGuard} (stage
 * {@code TOKEN_PASSTHROUGH}, innermost) and costs one emptiness check while no binding has attached a token.
 *
 * <pre>{@code
 * McpGuard guard = McpGuard.builder().build();
 * SenderConstrainedAuth hotel = guard.senderConstrainedAuth().resource(hotelUri).dpop(key).tokenProvider(p).build();
 * // from now on any guarded transport refuses to send hotel's token in a message body (rule token-in-body)
 * }</pre>
 *
 * <p>Thread-safe. Verdicts name the rule only, never the token.
 */
public final class TokenPassthroughGuard implements GuardInterceptor {

    /** The guard id used in events and exceptions. */
    public static final String ID = "token-passthrough";
    /** The rule id of a refusal, the same as the HTTP bindings' body check. */
    public static final String RULE = "token-in-body";

    private final CredentialLedger ledger;

    /** @param ledger the tokens to keep out of message bodies */
    public TokenPassthroughGuard(CredentialLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Verdict inspect(GuardedMessage message) {
        if (message.direction() != Direction.OUTBOUND || ledger.isEmpty()) {
            return Verdict.pass();
        }
        List<String> tokens = ledger.values();
        Map<String, Object> tree = message.kind() == MessageKind.RESPONSE ? message.result() : message.params();
        boolean found = JsonTree.anyString(tree, JsonTree.DEFAULT_MAX_DEPTH, value -> {
            for (String t : tokens) {
                if (value.contains(t)) {
                    return true;
                }
            }
            return false;
        });
        if (found) {
            return Verdict.block(GuardErrorCode.CREDENTIAL_REFUSED, RULE, "the message carries an access token of one of "
                    + "this guard's sender-constrained bindings; tokens are never passed through a message body, to "
                    + "their own server or another one");
        }
        return Verdict.pass();
    }

    @Override
    public String toString() {
        return "TokenPassthroughGuard[" + ledger + "]";
    }
}
