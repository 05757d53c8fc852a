package dev.jguard.mcp.core.detect;

/**
 * Recognises member and variable names that hold secrets ({@code password}, {@code DB_PASS}, {@code client_secret},
 * {@code apiKey}, {@code x-auth-token}, ...) but not look-alikes ({@code bypass}, {@code max_tokens},
 * {@code next_page_token}, {@code public_key}). The same rules drive the {@code secret.assignment} detector.
 *
 * <pre>{@code
 * if (SecretNames.isSecretName("client_secret")) { redactWholeValue(); }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SecretNames {

    private SecretNames() {
    }

    /**
     * @param name a member, header or variable name
     * @return whether values under that name are secrets
     */
    public static boolean isSecretName(CharSequence name) {
        if (name.length() == 0 || name.length() > 64) {
            return false;
        }
        return PasswordAssignmentDetector.classify(name, 0, name.length()) != 0;
    }

    /**
     * @param value a value
     * @return whether it is a placeholder rather than a secret ({@code ***}, {@code ${VAR}}, {@code <token>}, {@code null})
     */
    public static boolean isPlaceholder(CharSequence value) {
        return Placeholders.isPlaceholder(value, 0, value.length());
    }
}
