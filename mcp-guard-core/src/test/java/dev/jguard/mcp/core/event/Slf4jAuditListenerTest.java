package dev.jguard.mcp.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jguard.mcp.api.Direction;
import dev.jguard.mcp.api.event.MessageBlockedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Slf4jAuditListenerTest {

    @Test
    void formatsStableKeyValueLines() {
        MessageBlockedEvent e = new MessageBlockedEvent(Instant.EPOCH, "airline", Direction.OUTBOUND, "tools/call", "book",
                "pinning", "pin.unapproved", "tool is not approved", "inc-1");
        assertThat(Slf4jAuditListener.format(e)).isEqualTo("event=message.blocked severity=HIGH server=airline incident=inc-1 "
                + "direction=OUTBOUND method=tools/call tool=book guard=pinning rule=pin.unapproved reason=\"tool is not approved\"");
    }

    @Test
    void hostileValuesCannotForgeLines() {
        MessageBlockedEvent e = new MessageBlockedEvent(Instant.EPOCH, "s", Direction.INBOUND, "m",
                "evil\nevent=forged\u202e\"x", "g", "r", "why", "inc-2");
        String line = Slf4jAuditListener.format(e);
        assertThat(line).doesNotContain("\n").doesNotContain("\u202e");
        assertThat(line).contains("tool=\"evil\\u000aevent=forged\\u202e\\\"x\"");
    }

    @Test
    void dispatcherShieldsListenersFromEachOther() {
        List<String> got = new ArrayList<>();
        EventDispatcher d = new EventDispatcher(List.of(ev -> {
            throw new IllegalStateException("bug");
        }, ev -> got.add(ev.type())));
        d.onEvent(new MessageBlockedEvent(Instant.EPOCH, "s", Direction.INBOUND, "m", null, "g", "r", "why", "i"));
        assertThat(got).containsExactly("message.blocked");
    }
}
