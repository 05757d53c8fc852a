package dev.jguard.mcp.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.jguard.mcp.api.ServerIdentity;
import dev.jguard.mcp.core.McpGuard;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import reactor.core.publisher.Mono;

/** Each transport method the SDK calls is forwarded to the wrapped transport (the wrapped transport is a small mock). */
class TransportForwardingTest {

    private final McpClientTransport raw = mock(McpClientTransport.class);
    private final McpClientTransport guarded = McpGuard.builder().auditLogging(false).build().wrap(raw, ServerIdentity.of("s"));

    @Test
    void forwardsProtocolVersions() {
        when(raw.protocolVersions()).thenReturn(List.of("2025-06-18"));
        assertThat(guarded.protocolVersions()).containsExactly("2025-06-18");
    }

    @Test
    void forwardsUnmarshalFrom() {
        TypeRef<Map<String, Object>> type = new TypeRef<>() {
        };
        when(raw.unmarshalFrom("data", type)).thenReturn(Map.of("k", "v"));
        assertThat(guarded.unmarshalFrom("data", type)).containsEntry("k", "v");
    }

    @Test
    void forwardsCloseGracefullyAndClose() {
        when(raw.closeGracefully()).thenReturn(Mono.empty());
        guarded.closeGracefully().block();
        guarded.close();
        verify(raw).closeGracefully();
        verify(raw).close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void forwardsSetExceptionHandlerAndDeliversFailures() {
        AtomicReference<Throwable> got = new AtomicReference<>();
        guarded.setExceptionHandler(got::set);
        ArgumentCaptor<Consumer<Throwable>> captor = ArgumentCaptor.forClass(Consumer.class);
        verify(raw).setExceptionHandler(captor.capture());
        IllegalStateException failure = new IllegalStateException("transport died");
        captor.getValue().accept(failure);
        assertThat(got.get()).isSameAs(failure);
    }

    @Test
    @SuppressWarnings("unchecked")
    void forwardsConnectAndSurvivesReconnect() {
        AtomicReference<Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>>> installed = new AtomicReference<>();
        when(raw.connect(any())).thenAnswer(inv -> {
            installed.set(inv.getArgument(0));
            return Mono.empty();
        });
        when(raw.sendMessage(any())).thenReturn(Mono.empty());
        for (int round = 0; round < 2; round++) {
            AtomicReference<McpSchema.JSONRPCMessage> delivered = new AtomicReference<>();
            guarded.connect(in -> in.doOnNext(delivered::set)).block();
            guarded.sendMessage(new McpSchema.JSONRPCRequest("tools/list", "id-" + round, null)).block();
            McpSchema.JSONRPCResponse response = new McpSchema.JSONRPCResponse("2.0", "id-" + round, Map.of("tools", List.of()), null);
            installed.get().apply(Mono.just(response)).block();
            assertThat(delivered.get()).isSameAs(response);
        }
        verify(raw, times(2)).connect(any());
    }

    @Test
    void forwardsSendMessageWithTheSameId() {
        ArgumentCaptor<McpSchema.JSONRPCMessage> sent = ArgumentCaptor.forClass(McpSchema.JSONRPCMessage.class);
        when(raw.sendMessage(sent.capture())).thenReturn(Mono.empty());
        McpSchema.JSONRPCRequest request = new McpSchema.JSONRPCRequest("ping", 42, null);
        guarded.sendMessage(request).block();
        assertThat(sent.getValue()).isSameAs(request);
    }
}
