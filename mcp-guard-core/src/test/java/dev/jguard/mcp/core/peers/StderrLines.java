package dev.jguard.mcp.core.peers;

import java.util.ArrayDeque;
import java.util.Deque;

/** Keeps the last lines a peer wrote to stderr, for failure messages, instead of logging every line. Thread-safe. */
final class StderrLines {

    private static final int KEEP = 50;
    private final Deque<String> lines = new ArrayDeque<>();

    synchronized void add(String line) {
        if (lines.size() == KEEP) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    @Override
    public synchronized String toString() {
        return String.join("\n", lines);
    }
}
