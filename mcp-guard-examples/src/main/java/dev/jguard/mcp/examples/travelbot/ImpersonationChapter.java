package dev.jguard.mcp.examples.travelbot;

import dev.jguard.mcp.api.secret.Secret;
import dev.jguard.mcp.core.McpGuard;
import dev.jguard.mcp.core.auth.dpop.DPoPKey;
import dev.jguard.mcp.core.auth.dpop.DPoPProofGenerator;
import java.net.URI;
import java.time.Clock;

/**
 * Chapter 5, agent impersonation. An attacker holds a copy of the agent's HotelAPI access token (from a log, a
 * compromised server or a token passed through to the wrong audience) and uses it to cancel the agent's reservation.
 * The attack succeeds when HotelAPI accepts the attacker's request as the agent's. With mcp-guard the token is
 * DPoP-bound: HotelAPI serves only requests carrying a fresh proof from the agent's key.
 *
 * <pre>{@code
 * Outcome o = new ImpersonationChapter().run(true);
 * }</pre>
 */
public final class ImpersonationChapter implements Chapter {

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String title() {
        return "Agent impersonation";
    }

    @Override
    public Outcome run(boolean guarded) throws Exception {
        try (HotelApi hotel = HotelApi.start()) {
            if (!guarded) {
                String agentToken = hotel.issueToken();
                int agentStatus = HotelApi.call(hotel.uri("/reservations"), "Bearer " + agentToken);
                String copyHeldByAttacker = agentToken;
                int attackerStatus = HotelApi.call(hotel.uri("/reservations/cancel"), "Bearer " + copyHeldByAttacker);
                return attackerStatus == 200
                        ? Outcome.attackSucceeded("attacker cancelled the agent's reservation with the copied token (agent: HTTP "
                                + agentStatus + ", attacker: HTTP " + attackerStatus + ")")
                        : Outcome.stopped("HotelAPI rejected the impersonation: HTTP " + attackerStatus);
            }
            HotelCredential agent = HotelCredential.issue(McpGuard.builder().build(), hotel);
            int agentStatus = agent.call("/reservations");
            String copyHeldByAttacker = agent.leakableValue();
            URI cancel = hotel.uri("/reservations/cancel");
            DPoPProofGenerator attackerKey = new DPoPProofGenerator(DPoPKey.generate(), Clock.systemUTC());
            int asBearer = HotelApi.call(cancel, "Bearer " + copyHeldByAttacker);
            int withOwnKey = HotelApi.call(cancel, "DPoP " + copyHeldByAttacker,
                    attackerKey.proof("POST", cancel, Secret.of(copyHeldByAttacker), null));
            int withoutProof = HotelApi.call(cancel, "DPoP " + copyHeldByAttacker, null);
            if (asBearer == 200 || withOwnKey == 200 || withoutProof == 200) {
                return Outcome.attackSucceeded("attacker cancelled the agent's reservation with the copied token");
            }
            return Outcome.stopped("HotelAPI rejected the impersonation: the copied token is DPoP-bound to the agent's key "
                    + "(agent: HTTP " + agentStatus + "; attacker as Bearer: HTTP " + asBearer + ", with own key: HTTP "
                    + withOwnKey + ", without proof: HTTP " + withoutProof + ")");
        }
    }
}
