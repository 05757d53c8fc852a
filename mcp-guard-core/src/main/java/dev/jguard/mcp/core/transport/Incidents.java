package dev.jguard.mcp.core.transport;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates incident ids: short, random, log-safe identifiers that correlate an exception, its events and any audit
 * record ({@code inc-} followed by 16 hex digits).
 *
 * <pre>{@code
 * String incident = Incidents.newId();   // e.g. inc-5f0c2a9d81b3e7c4
 * }</pre>
 */
public final class Incidents {

    private Incidents() {
    }

    /** @return a new incident id */
    public static String newId() {
        long v = ThreadLocalRandom.current().nextLong();
        String hex = Long.toHexString(v);
        return "inc-" + "0000000000000000".substring(hex.length()) + hex;
    }
}
