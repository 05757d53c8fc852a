package dev.jguard.mcp.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PendingRequestsTest {

    @Test
    void correlatesIntegerAndLongIdsAndForgetsTheOldestWhenFull() {
        PendingRequests pending = new PendingRequests(3);
        pending.put(1, "tools/list", null);
        pending.put("a", "tools/call", "echo");
        pending.put(2L, "ping", null);
        pending.put(3, "ping", null); // evicts id 1
        assertThat(pending.size()).isEqualTo(3);
        assertThat(pending.remove(1L)).isNull();
        assertThat(pending.remove("a")).isEqualTo(new PendingRequests.Entry("tools/call", "echo"));
        assertThat(pending.remove(2)).extracting(PendingRequests.Entry::method).isEqualTo("ping");
        assertThat(pending.remove(null)).isNull();
    }
}
