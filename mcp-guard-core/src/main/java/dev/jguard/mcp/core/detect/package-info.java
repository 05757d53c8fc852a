/**
 * PII and secret detectors implementing {@link dev.jguard.mcp.api.detect.Detector}: e-mail, phone (libphonenumber),
 * payment cards (Luhn), IBAN (mod-97), US SSN, IP addresses, JWTs, Bearer/Basic credentials, private keys, provider
 * API keys and password-like assignments; {@link dev.jguard.mcp.core.detect.Detectors} combines them into one
 * linear pass, {@link dev.jguard.mcp.core.detect.DetectorCatalog} resolves names such as {@code pii,secrets}, and
 * {@link dev.jguard.mcp.core.detect.Redactor} replaces what they find.
 *
 * <p>Design for speed and safety: each detector declares a few trigger characters and checks a bounded window
 * around each trigger with hand-written matchers (no regular expressions), so a scan is linear in the text length
 * on any input.
 */
package dev.jguard.mcp.core.detect;
