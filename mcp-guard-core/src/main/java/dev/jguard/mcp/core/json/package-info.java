/**
 * Generic JSON trees (the {@code Map}/{@code List}/{@code String}/{@code Number}/{@code Boolean}/{@code null} values
 * that both Jackson 2 and 3 produce): walking string leaves with RFC 6901 pointers and copy-on-write rewriting, with
 * depth and size bounds for hostile input.
 */
package dev.jguard.mcp.core.json;
