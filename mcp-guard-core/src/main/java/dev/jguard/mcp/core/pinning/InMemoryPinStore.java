package dev.jguard.mcp.core.pinning;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A pin store held in memory only: for tests and for agents whose trust-on-first-use should last one process.
 *
 * <pre>{@code
 * PinStore store = InMemoryPinStore.of(PinSet.empty());
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class InMemoryPinStore implements PinStore {

    private final AtomicReference<PinSet> pins;

    private InMemoryPinStore(PinSet initial) {
        this.pins = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /**
     * @param initial the starting pins
     * @return the store
     */
    public static InMemoryPinStore of(PinSet initial) {
        return new InMemoryPinStore(initial);
    }

    @Override
    public Optional<ServerPins> load(String location) {
        return pins.get().server(location);
    }

    @Override
    public void save(ServerPins serverPins) {
        Objects.requireNonNull(serverPins, "pins");
        pins.updateAndGet(p -> p.with(serverPins));
    }

    @Override
    public PinSet snapshot() {
        return pins.get();
    }
}
