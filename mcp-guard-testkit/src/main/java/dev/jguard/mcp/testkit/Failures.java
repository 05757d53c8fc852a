package dev.jguard.mcp.testkit;

/**
 * Small helpers for asserting on the failures of SDK calls, which arrive wrapped (Reactor, {@code McpError},
 * suppressed exceptions of {@code block()}).
 *
 * <pre>{@code
 * GuardRejectedException e = Failures.findCause(Failures.catchAll(() -> client.callTool(call)), GuardRejectedException.class);
 * assertThat(e.ruleId()).isEqualTo("token-in-body");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * @param r code that must fail
     * @return what it threw
     * @throws AssertionError if it did not throw
     */
    public static Throwable catchAll(Runnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("expected a failure");
    }

    /**
     * @param t a failure
     * @param type the type looked for in its cause chain and the suppressed exceptions along it
     * @param <T> the type
     * @return the first match
     * @throws AssertionError if there is none
     */
    public static <T extends Throwable> T findCause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            for (Throwable s : c.getSuppressed()) {
                if (type.isInstance(s)) {
                    return type.cast(s);
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + t);
    }
}
