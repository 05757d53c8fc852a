/**
 * The detector SPI shared by every guard that looks for sensitive or hostile content in text: PII and secrets in
 * tool arguments, injected instructions and hidden characters in tool results. A {@link dev.jguard.mcp.api.detect.Finding}
 * is a type and offsets, never the matched text.
 */
package dev.jguard.mcp.api.detect;
