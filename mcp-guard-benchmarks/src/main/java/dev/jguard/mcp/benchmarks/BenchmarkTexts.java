package dev.jguard.mcp.benchmarks;

import java.util.Random;

/** Deterministic benchmark inputs: typical JSON string content and regex-hostile runs. */
final class BenchmarkTexts {

    private static final String[] WORDS = {"the", "flight", "from", "Paris", "to", "Berlin", "departs", "at", "gate",
        "booking", "reference", "passenger", "seat", "window", "aisle", "meal", "vegetarian", "baggage", "allowance",
        "kg", "hotel", "check-in", "room", "breakfast", "included", "price", "EUR", "total", "status", "confirmed",
        "pending", "user", "request", "search", "result", "page", "of", "and", "with", "for", "this", "is", "a", "an",
        "item", "description", "error", "none", "true", "false", "null", "id", "name", "value", "https://example.com/path",
        "v1.2.3", "2025-03-14", "14:30", "42", "1299.00", "#A12", "{\"k\":\"v\"}", "key: value", "x=1", "-"};

    private BenchmarkTexts() {
    }

    /**
     * Prose-like JSON string content (words, numbers, dates, URLs, times, punctuation) with one e-mail address and one
     * phone number per ~4 KB, the density of realistic tool arguments and results.
     */
    static String typical(int length, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(length + 64);
        int next = 0;
        while (b.length() < length) {
            if (b.length() >= next) {
                b.append(r.nextBoolean() ? "contact jane.doe" + r.nextInt(100) + "@example.org " : "call +44 20 7946 09" + (10 + r.nextInt(89)) + " ");
                next += 4096;
            }
            b.append(WORDS[r.nextInt(WORDS.length)]);
            b.append(r.nextInt(8) == 0 ? ", " : r.nextInt(12) == 0 ? ". " : " ");
        }
        b.setLength(length);
        return b.toString();
    }

    /** Inputs that make backtracking regex engines super-linear. */
    static String hostile(String kind, int length) {
        String unit = switch (kind) {
            case "digits" -> "1";
            case "digitGroups" -> "1234 ";
            case "atSigns" -> "a.@";
            case "colons" -> "a1:";
            case "dashes" -> "-";
            case "equals" -> "password=";
            case "jwtHeads" -> "eyJ.";
            default -> throw new IllegalArgumentException(kind);
        };
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
