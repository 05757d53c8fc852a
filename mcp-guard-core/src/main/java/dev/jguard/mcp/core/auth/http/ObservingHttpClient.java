package dev.jguard.mcp.core.auth.http;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A {@link HttpClient} that shows every response's status and headers to an observer before the body is read, for all
 * statuses. The MCP SDK's HTTP transports expose response headers only on 401/403; DPoP needs the {@code DPoP-Nonce}
 * of successful responses too (RFC 9449 section 9), so {@code SenderConstrainedAuth} installs this through the
 * transport builder's {@code clientBuilder(..)}. The observer must be fast and must not throw (exceptions are
 * swallowed so they never break the request).
 *
 * <pre>{@code
 * HttpClient.Builder b = ObservingHttpClient.builder(HttpClient.newBuilder(), (request, info) -> nonces.update(request.uri(), ..));
 * transportBuilder.clientBuilder(b);
 * }</pre>
 *
 * <p>Thread-safe when the observer is.
 */
public final class ObservingHttpClient extends HttpClient {

    /** Sees each response's status line and headers. */
    @FunctionalInterface
    public interface ResponseObserver {
        /**
         * @param request the request that was answered (its URI and headers; the body is not available)
         * @param response status and headers
         */
        void onResponse(HttpRequest request, HttpResponse.ResponseInfo response);
    }

    private final HttpClient delegate;
    private final ResponseObserver observer;

    /**
     * @param delegate the real client
     * @param observer the observer
     */
    public ObservingHttpClient(HttpClient delegate, ResponseObserver observer) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /**
     * @param base the builder to configure and delegate to
     * @param observer the observer
     * @return a builder whose {@code build()} returns an observing client over {@code base.build()}
     */
    public static HttpClient.Builder builder(HttpClient.Builder base, ResponseObserver observer) {
        return new ObservingBuilder(base, observer);
    }

    private <T> HttpResponse.BodyHandler<T> observe(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return info -> {
            try {
                observer.onResponse(request, info);
            } catch (RuntimeException ignored) {
                // an observer never breaks the request
            }
            return handler.apply(info);
        };
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return delegate.send(request, observe(request, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, observe(request, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return delegate.sendAsync(request, observe(request, handler), pushPromiseHandler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    @Override
    public WebSocket.Builder newWebSocketBuilder() {
        return delegate.newWebSocketBuilder();
    }

    @Override
    public String toString() {
        return "ObservingHttpClient[" + delegate + "]";
    }

    private static final class ObservingBuilder implements HttpClient.Builder {
        private final HttpClient.Builder base;
        private final ResponseObserver observer;

        ObservingBuilder(HttpClient.Builder base, ResponseObserver observer) {
            this.base = Objects.requireNonNull(base, "base");
            this.observer = Objects.requireNonNull(observer, "observer");
        }

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
            base.cookieHandler(cookieHandler);
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            base.connectTimeout(duration);
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext sslContext) {
            base.sslContext(sslContext);
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
            base.sslParameters(sslParameters);
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            base.executor(executor);
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(Redirect policy) {
            base.followRedirects(policy);
            return this;
        }

        @Override
        public HttpClient.Builder version(Version version) {
            base.version(version);
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            base.priority(priority);
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector proxySelector) {
            base.proxy(proxySelector);
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            base.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            return new ObservingHttpClient(base.build(), observer);
        }
    }
}
