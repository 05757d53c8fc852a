/** Value types for credentials that never print themselves. */
package dev.jguard.mcp.api.secret;
