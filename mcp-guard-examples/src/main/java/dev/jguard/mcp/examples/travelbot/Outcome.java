package dev.jguard.mcp.examples.travelbot;

/**
 * What one run of an attack achieved.
 *
 * <pre>{@code
 * Outcome o = Outcome.attackSucceeded("hidden instruction reached the model");
 * }</pre>
 *
 * @param attackSucceeded true when the attacker got what they wanted
 * @param detail one line saying what happened (never the stolen values themselves)
 */
public record Outcome(boolean attackSucceeded, String detail) {

    /**
     * @param detail what the attacker achieved
     * @return a successful attack
     */
    public static Outcome attackSucceeded(String detail) {
        return new Outcome(true, detail);
    }

    /**
     * @param detail how the attack was stopped
     * @return a stopped attack
     */
    public static Outcome stopped(String detail) {
        return new Outcome(false, detail);
    }
}
