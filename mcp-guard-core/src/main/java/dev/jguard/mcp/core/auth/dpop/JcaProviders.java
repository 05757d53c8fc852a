package dev.jguard.mcp.core.auth.dpop;

import java.security.Provider;
import java.security.Security;
import java.util.Optional;

/**
 * Finds the fastest correct JCA provider for ES256 signing. BouncyCastle signs P-256 about six times faster than the
 * JDK's SunEC on Java 17 (see {@code NOTES-issue6.md}); it is used as a provider <em>instance</em> passed to each
 * signer and is never installed in {@link Security}, so the application's provider order is untouched. When
 * BouncyCastle is not on the class path the JDK default is used.
 *
 * <pre>{@code
 * Optional<Provider> bc = JcaProviders.bouncyCastle();
 * }</pre>
 *
 * <p>Thread-safe; the provider is created once, lazily.
 */
public final class JcaProviders {

    private static final String BC_CLASS = "org.bouncycastle.jce.provider.BouncyCastleProvider";

    private JcaProviders() {
    }

    /** @return BouncyCastle's provider (the installed one if the application registered it), if available */
    public static Optional<Provider> bouncyCastle() {
        return Optional.ofNullable(Holder.BC);
    }

    private static final class Holder {
        static final Provider BC = load();

        private static Provider load() {
            Provider installed = Security.getProvider("BC");
            if (installed != null) {
                return installed;
            }
            try {
                return (Provider) Class.forName(BC_CLASS).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                return null;
            }
        }
    }
}
