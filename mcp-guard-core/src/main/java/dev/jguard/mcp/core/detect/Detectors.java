package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Detector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The built-in PII and secret detectors, alone or combined. A combination made with {@link #of}, {@link #pii()},
 * {@link #secrets()} or {@link #all()} scans the text once for all its members and reports non-overlapping
 * findings (the more specific type wins an overlap).
 *
 * <pre>{@code
 * Detector detector = Detectors.all();
 * for (Finding f : detector.detect("mail bob@example.com, key AKIAIOSFODNN7EXAMPLE")) {
 *     System.out.println(f.type() + " " + f.start() + ".." + f.end());   // EMAIL 5..20, API_KEY 26..46
 * }
 * }</pre>
 *
 * <p>Every detector returned here is immutable, thread-safe and linear-time in the length of the text.
 */
public final class Detectors {

    /** Regions in which phone numbers written without a country code are tried, in order. */
    public static final List<String> DEFAULT_PHONE_REGIONS = List.of("US", "GB", "DE", "FR", "IN", "AU");

    /**
     * Further regions in which {@link #phone()} tries a number written without a country code when a phone keyword
     * (phone, tel, mobile, Handy, portable, móvil, ...) stands next to it and no region of
     * {@link #DEFAULT_PHONE_REGIONS} accepts it. Only <em>valid</em> numbers are reported this way.
     */
    public static final List<String> KEYWORD_PHONE_REGIONS = List.of("ES", "IT", "NL", "BE", "CH", "AT", "SE", "NO", "DK",
        "FI", "PL", "PT", "IE", "CZ", "GR", "HU", "RO", "TR", "RU", "UA", "BR", "MX", "AR", "CO", "CL", "JP", "KR", "CN",
        "SG", "ZA", "AE", "NZ", "PH", "ID", "NG");

    private static final Detector PII = of("pii", email(), phone(), creditCard(), iban(), usSsn(), ipAddress());
    private static final Detector SECRETS = of("secrets", privateKey(), jwt(), apiKeys(), authCredentials(), urlCredentials(),
        passwordAssignments());
    private static final Detector ALL = of("all", PII, SECRETS);

    private Detectors() {
    }

    /** @return e-mail addresses ({@code EMAIL}, id {@code pii.email}) */
    public static Detector email() {
        return new EmailDetector();
    }

    /**
     * @return phone numbers validated by libphonenumber in {@link #DEFAULT_PHONE_REGIONS}, and next to a phone keyword
     *     also in {@link #KEYWORD_PHONE_REGIONS} ({@code PHONE_NUMBER})
     */
    public static Detector phone() {
        return new PhoneDetector(DEFAULT_PHONE_REGIONS, KEYWORD_PHONE_REGIONS);
    }

    /**
     * @param regions ISO 3166-1 alpha-2 regions tried, in order, for numbers without a country code
     * @return phone numbers validated by libphonenumber ({@code PHONE_NUMBER}, id {@code pii.phone})
     * @throws IllegalArgumentException for a region libphonenumber does not know
     */
    public static Detector phone(String... regions) {
        return new PhoneDetector(List.of(regions));
    }

    /** @return Luhn-valid payment card numbers with a known issuer prefix ({@code CREDIT_CARD}) */
    public static Detector creditCard() {
        return new CreditCardDetector();
    }

    /** @return mod-97-valid IBANs ({@code IBAN}) */
    public static Detector iban() {
        return new IbanDetector();
    }

    /** @return US social security numbers in issued ranges ({@code US_SSN}) */
    public static Detector usSsn() {
        return new UsSsnDetector();
    }

    /** @return IPv4 and IPv6 addresses ({@code IP_ADDRESS}) */
    public static Detector ipAddress() {
        return new IpAddressDetector();
    }

    /** @return JSON Web Tokens ({@code JWT}) */
    public static Detector jwt() {
        return new JwtDetector();
    }

    /** @return PEM/OpenSSH/PGP private key blocks ({@code PRIVATE_KEY}) */
    public static Detector privateKey() {
        return new PrivateKeyDetector();
    }

    /** @return provider API keys and tokens recognised by prefix ({@code API_KEY}) */
    public static Detector apiKeys() {
        return new ApiKeyDetector();
    }

    /** @return Bearer, Basic and DPoP credentials ({@code AUTH_CREDENTIAL}) */
    public static Detector authCredentials() {
        return new AuthHeaderDetector();
    }

    /** @return passwords in URL user-info ({@code AUTH_CREDENTIAL}) */
    public static Detector urlCredentials() {
        return new UrlCredentialDetector();
    }

    /** @return values assigned to password/secret/token/key-like names ({@code PASSWORD}) */
    public static Detector passwordAssignments() {
        return new PasswordAssignmentDetector();
    }

    /** @return all PII detectors: e-mail, phone, card, IBAN, US SSN, IP address */
    public static Detector pii() {
        return PII;
    }

    /** @return all secret detectors: private key, JWT, API keys, auth credentials, URL credentials, assignments */
    public static Detector secrets() {
        return SECRETS;
    }

    /** @return {@link #pii()} and {@link #secrets()} in one pass */
    public static Detector all() {
        return ALL;
    }

    /**
     * Combines detectors into one that scans once and reports non-overlapping findings. Nested combinations are
     * flattened.
     *
     * @param id the id of the combination
     * @param detectors the members
     * @return the combination
     */
    public static Detector of(String id, Detector... detectors) {
        return of(id, List.of(detectors));
    }

    /**
     * @param id the id of the combination
     * @param detectors the members
     * @return the combination, see {@link #of(String, Detector...)}
     */
    public static Detector of(String id, List<? extends Detector> detectors) {
        Objects.requireNonNull(id, "id");
        List<Detector> flat = new ArrayList<>();
        for (Detector d : detectors) {
            Objects.requireNonNull(d, "detector");
            if (d instanceof CompositeDetector c) {
                for (Detector m : c.members()) {
                    if (flat.stream().noneMatch(x -> x.id().equals(m.id()))) {
                        flat.add(m);
                    }
                }
            } else if (flat.stream().noneMatch(x -> x.id().equals(d.id()))) {
                flat.add(d);
            }
        }
        return new CompositeDetector(id, flat);
    }
}
