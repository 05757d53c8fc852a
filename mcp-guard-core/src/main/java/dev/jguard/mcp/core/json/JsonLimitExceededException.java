package dev.jguard.mcp.core.json;

/**
 * A JSON tree exceeded a configured depth or size bound. Carries the bound, never the content.
 *
 * <pre>{@code
 * try { JsonTree.forEachString(tree, 64, visitor); }
 * catch (JsonLimitExceededException e) { block("json.too-deep"); }
 * }</pre>
 */
public final class JsonLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message a value-free description of the bound that was exceeded
     */
    public JsonLimitExceededException(String message) {
        super(message, null, false, false);
    }
}
