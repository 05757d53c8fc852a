package dev.jguard.mcp.core.peers;

import dev.jguard.mcp.api.Direction;
import dev.jguard.mcp.api.GuardInterceptor;
import dev.jguard.mcp.api.GuardedMessage;
import dev.jguard.mcp.api.MessageKind;
import dev.jguard.mcp.api.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pass-through interceptor that records what it saw of every message (never the payload values), so a test can prove
 * that real traffic went through the guard chain and was correlated. Thread-safe.
 */
final class RecordingInterceptor implements GuardInterceptor {

    /** One message as the chain saw it; {@code resultKeys} are the top-level keys of a response's result. */
    record Seen(Direction direction, MessageKind kind, String method, String tool, Object id, Set<String> resultKeys) {
    }

    /** A request the client sent and the response the chain correlated with it. */
    record Exchange(Seen request, Seen response) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @Override
    public Verdict inspect(GuardedMessage m) {
        Set<String> keys = m.kind() == MessageKind.RESPONSE ? Set.copyOf(m.result().keySet()) : Set.of();
        seen.add(new Seen(m.direction(), m.kind(), m.method(), m.toolName(), m.id(), keys));
        return Verdict.pass();
    }

    @Override
    public String id() {
        return "test.recorder";
    }

    /** @return how many messages were seen so far (a mark for {@link #exchangesSince}) */
    int mark() {
        return seen.size();
    }

    /** @return everything seen so far */
    List<Seen> all() {
        return List.copyOf(seen);
    }

    /**
     * @param mark a value of {@link #mark()} taken before the exchange
     * @param method the request method
     * @return the client requests with that method seen after the mark, each with its correlated inbound response
     */
    List<Exchange> exchangesSince(int mark, String method) {
        List<Seen> window = List.copyOf(seen.subList(mark, seen.size()));
        return window.stream()
                .filter(s -> s.direction() == Direction.OUTBOUND && s.kind() == MessageKind.REQUEST && method.equals(s.method()))
                .map(req -> new Exchange(req, responseTo(window, req.id()).orElse(null)))
                .toList();
    }

    private static Optional<Seen> responseTo(List<Seen> window, Object id) {
        return window.stream()
                .filter(s -> s.direction() == Direction.INBOUND && s.kind() == MessageKind.RESPONSE && Objects.equals(s.id(), id))
                .findFirst();
    }
}
