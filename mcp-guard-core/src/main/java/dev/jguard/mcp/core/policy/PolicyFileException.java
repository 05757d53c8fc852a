package dev.jguard.mcp.core.policy;

/**
 * A policy file could not be read or contains a mistake. The message names the file, the line (YAML; 0 when unknown)
 * and the field path, and says what is expected, e.g.
 * {@code policy.yaml:12: arguments.servers.airline.tools.search.fields./email: unknown action 'hsh' (use allow, mask,
 * hash, redact, drop or block)}.
 *
 * <pre>{@code
 * try { PolicyFile.load(path); } catch (PolicyFileException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public class PolicyFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String field;

    /**
     * @param source the file name
     * @param line the 1-based line, or 0 when unknown
     * @param field the dotted field path, may be empty
     * @param problem what is wrong and what is expected
     */
    public PolicyFileException(String source, int line, String field, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + problem);
        this.line = line;
        this.field = field == null ? "" : field;
    }

    /** @return the 1-based line of the mistake, or 0 when unknown (JSON files report the field only) */
    public int line() {
        return line;
    }

    /** @return the dotted path of the field, e.g. {@code arguments.servers.airline.default} */
    public String field() {
        return field;
    }
}
