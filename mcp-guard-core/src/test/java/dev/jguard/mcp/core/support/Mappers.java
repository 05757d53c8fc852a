package dev.jguard.mcp.core.support;

import io.modelcontextprotocol.json.McpJsonMapper;
import java.util.stream.Stream;

/** Both JSON mapper implementations an application may choose; guard tests run against each. */
public final class Mappers {
    private Mappers() {
    }

    public static McpJsonMapper jackson2() {
        return new io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapperSupplier().get();
    }

    public static McpJsonMapper jackson3() {
        return new io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapperSupplier().get();
    }

    public static Stream<McpJsonMapper> both() {
        return Stream.of(jackson2(), jackson3());
    }
}
