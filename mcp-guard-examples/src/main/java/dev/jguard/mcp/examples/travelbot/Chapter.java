package dev.jguard.mcp.examples.travelbot;

/**
 * One chapter of the TravelBot story: an attack that runs against a real in-process MCP server, once without and once
 * with mcp-guard.
 *
 * <pre>{@code
 * for (Chapter c : TravelBotDemo.chapters()) {
 *     System.out.println(c.title() + ": " + c.run(false).detail() + " / " + c.run(true).detail());
 * }
 * }</pre>
 */
public interface Chapter {

    /** @return the chapter number (1-5) */
    int number();

    /** @return a short title, e.g. "Tool poisoning" */
    String title();

    /**
     * Runs the attack.
     *
     * @param guarded whether the agent's transports are wrapped by mcp-guard
     * @return what the attack achieved
     * @throws Exception when the scenario itself cannot run (not when the attack is blocked)
     */
    Outcome run(boolean guarded) throws Exception;
}
