package dev.jguard.mcp.core.auth.mtls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Runs normal PKIX validation first, then requires the server chain to match a pin: a public-key pin on any certificate
 * of the chain, or a certificate pin on the leaf. Used by {@link MtlsCredentials}.
 *
 * <pre>{@code
 * new PinningTrustManager(defaultTrustManager, Set.of(spkiPin), Set.of());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager delegate;
    private final Set<String> publicKeyPins;
    private final Set<String> certificatePins;

    PinningTrustManager(X509ExtendedTrustManager delegate, Set<String> publicKeyPins, Set<String> certificatePins) {
        this.delegate = delegate;
        this.publicKeyPins = Set.copyOf(publicKeyPins);
        this.certificatePins = Set.copyOf(certificatePins);
    }

    private void checkPins(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("Empty server certificate chain");
        }
        if (certificatePins.contains(MtlsCredentials.thumbprint(chain[0]))) {
            return;
        }
        for (X509Certificate c : chain) {
            if (publicKeyPins.contains(MtlsCredentials.publicKeyPin(c))) {
                return;
            }
        }
        throw new CertificateException("The server certificate matches none of the pinned keys or certificates; "
                + "if the server rotated its key, update the pins");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        delegate.checkServerTrusted(chain, authType, socket);
        checkPins(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        delegate.checkServerTrusted(chain, authType, engine);
        checkPins(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
        checkPins(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
