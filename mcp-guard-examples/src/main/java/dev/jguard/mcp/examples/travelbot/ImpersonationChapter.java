package dev.jguard.mcp.examples.travelbot;

/**
 * Chapter 5, agent impersonation. An attacker holds a copy of the agent's HotelAPI access token (from a log, a
 * compromised server or a token passed through to the wrong audience) and uses it to cancel the agent's reservation.
 * The attack succeeds when HotelAPI accepts the attacker's request as the agent's.
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
            String agentToken = hotel.issueToken();
            int agentStatus = HotelApi.call(hotel.uri("/reservations"), "Bearer " + agentToken);
            String copyHeldByAttacker = agentToken;
            int attackerStatus = HotelApi.call(hotel.uri("/reservations/cancel"), "Bearer " + copyHeldByAttacker);
            if (attackerStatus == 200) {
                return Outcome.attackSucceeded("attacker cancelled the agent's reservation with the copied token (agent: HTTP "
                        + agentStatus + ", attacker: HTTP " + attackerStatus + ")");
            }
            return Outcome.stopped("HotelAPI rejected the impersonation: HTTP " + attackerStatus);
        }
    }
}
