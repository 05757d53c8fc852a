/**
 * TravelBot: the five-chapter attack story of mcp-guard as runnable scenarios. Each chapter starts a real MCP server
 * in-process (built with the SDK's server API), runs the attack once without the guard and once with it, and reports
 * what the attack achieved. {@link dev.jguard.mcp.examples.travelbot.TravelBotDemo} prints the table.
 */
package dev.jguard.mcp.examples.travelbot;
