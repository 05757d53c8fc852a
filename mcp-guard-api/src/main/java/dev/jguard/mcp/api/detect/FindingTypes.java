package dev.jguard.mcp.api.detect;

/**
 * The stable upper-case finding types of the built-in detectors. Custom detectors may add their own.
 *
 * <pre>{@code
 * if (FindingTypes.EMAIL.equals(finding.type())) { ... }
 * }</pre>
 */
public final class FindingTypes {
    /** An e-mail address. */
    public static final String EMAIL = "EMAIL";
    /** A phone number (validated by libphonenumber). */
    public static final String PHONE_NUMBER = "PHONE_NUMBER";
    /** A payment card number (Luhn-valid). */
    public static final String CREDIT_CARD = "CREDIT_CARD";
    /** An IBAN (mod-97 valid). */
    public static final String IBAN = "IBAN";
    /** A US social security number (valid ranges only). */
    public static final String US_SSN = "US_SSN";
    /** An IPv4 or IPv6 address. */
    public static final String IP_ADDRESS = "IP_ADDRESS";
    /** A JSON Web Token. */
    public static final String JWT = "JWT";
    /** A PEM private key block. */
    public static final String PRIVATE_KEY = "PRIVATE_KEY";
    /** A provider API key or access token (cloud, VCS, chat, payment). */
    public static final String API_KEY = "API_KEY";
    /** A bearer or basic credential in an authorization header. */
    public static final String AUTH_CREDENTIAL = "AUTH_CREDENTIAL";
    /** A high-entropy value assigned to a password/secret/token-like name. */
    public static final String PASSWORD = "PASSWORD";
    /** Instruction-like text aimed at the model. */
    public static final String PROMPT_INJECTION = "PROMPT_INJECTION";
    /** Invisible or hidden Unicode: tag characters, zero-width, bidi controls. */
    public static final String HIDDEN_UNICODE = "HIDDEN_UNICODE";
    /** ANSI / terminal escape sequence. */
    public static final String ANSI_ESCAPE = "ANSI_ESCAPE";
    /** C0/C1 control characters. */
    public static final String CONTROL_CHARACTER = "CONTROL_CHARACTER";

    private FindingTypes() {
    }
}
