package dev.jguard.mcp.authit;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.Filter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The real peer: Spring Authorization Server and Spring Security resource server (DPoP and RFC 8705 enabled) in one
 * Spring Boot app, with an MCP server (the SDK's servlet Streamable HTTP transport) at {@code /mcp} behind the resource
 * server. Access tokens carry {@code aud=<base>/mcp}; the resource server requires it and scope {@code mcp:tools}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PeerApp {

    /** Requests that reached the MCP endpoint (before security), to prove refused tokens were never sent. */
    static final AtomicInteger MCP_REQUESTS = new AtomicInteger();

    private final RSAKey signingKey;

    public PeerApp() throws Exception {
        signingKey = new RSAKeyGenerator(2048).keyID("peer").generate();
    }

    static String mcpAudience() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + "/mcp";
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(as -> http.securityMatcher(as.getEndpointsMatcher()))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain resourceServer(HttpSecurity http) throws Exception {
        http.securityMatcher("/mcp", "/mcp/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority("SCOPE_mcp:tools"))
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()).dPoP(Customizer.withDefaults()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    RegisteredClientRepository clients() {
        RegisteredClient secretClient = RegisteredClient.withId(UUID.randomUUID().toString()).clientId("mcp-client")
                .clientSecret("{noop}mcp-secret")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("mcp:tools").build();
        RegisteredClient mtlsClient = RegisteredClient.withId(UUID.randomUUID().toString()).clientId("mcp-mtls-client")
                .clientAuthenticationMethod(ClientAuthenticationMethod.TLS_CLIENT_AUTH)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("mcp:tools")
                .clientSettings(ClientSettings.builder().x509CertificateSubjectDN("CN=mcp-client,O=example").build())
                .tokenSettings(TokenSettings.builder().x509CertificateBoundAccessTokens(true).build())
                .build();
        return new InMemoryRegisteredClientRepository(secretClient, mtlsClient);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource() {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    @Bean
    JwtDecoder jwtDecoder() throws Exception {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey()).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(mcpAudience()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), audience));
        return decoder;
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> audience() {
        return ctx -> {
            if ("access_token".equals(ctx.getTokenType().getValue())) {
                ctx.getClaims().audience(List.of(mcpAudience()));
            }
        };
    }

    @Bean
    HttpServletStreamableServerTransportProvider mcpTransport() {
        return HttpServletStreamableServerTransportProvider.builder().jsonMapper(McpJsonDefaults.getMapper())
                .mcpEndpoint("/mcp").build();
    }

    @Bean(destroyMethod = "close")
    McpSyncServer hotelApi(HttpServletStreamableServerTransportProvider transport) {
        McpSchema.Tool book = McpSchema.Tool.builder().name("book_room").description("Books a hotel room for the traveller")
                .inputSchema(Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")))).build();
        return McpServer.sync(transport).serverInfo("HotelAPI", "1.0")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
                .tools(McpServerFeatures.SyncToolSpecification.builder().tool(book)
                        .callHandler((exchange, req) -> McpSchema.CallToolResult.builder()
                                .addTextContent("booked in " + req.arguments().getOrDefault("city", "?")).isError(false).build())
                        .build())
                .build();
    }

    @Bean
    ServletRegistrationBean<HttpServletStreamableServerTransportProvider> mcpServlet(
            HttpServletStreamableServerTransportProvider transport) {
        ServletRegistrationBean<HttpServletStreamableServerTransportProvider> r =
                new ServletRegistrationBean<>(transport, "/mcp", "/mcp/*");
        r.setAsyncSupported(true);
        r.setName("mcp");
        return r;
    }

    @Bean
    FilterRegistrationBean<Filter> mcpCounter() {
        FilterRegistrationBean<Filter> r = new FilterRegistrationBean<>((req, res, chain) -> {
            MCP_REQUESTS.incrementAndGet();
            chain.doFilter(req, res);
        });
        r.addUrlPatterns("/mcp", "/mcp/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return r;
    }
}
