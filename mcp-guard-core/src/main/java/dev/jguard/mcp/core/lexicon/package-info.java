/**
 * Word classes shared by the two rule-based instruction detectors: tool-definition poisoning
 * ({@code core.toolscan}) and injection in tool results ({@code core.sanitize}). Support code for those packages, not
 * a stable API.
 */
package dev.jguard.mcp.core.lexicon;
