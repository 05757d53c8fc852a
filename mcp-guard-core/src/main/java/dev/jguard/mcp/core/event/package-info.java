/** Event delivery: the fan-out dispatcher that shields decisions from listener failures, and the SLF4J audit listener. */
package dev.jguard.mcp.core.event;
