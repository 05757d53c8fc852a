package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.core.sanitize.HiddenTextDetector;
import dev.jguard.mcp.core.sanitize.InjectionDetectors;
import dev.jguard.mcp.core.sanitize.PromptInjectionDetector;
import dev.jguard.mcp.core.sanitize.TextNeutralizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Resolves detector names, as written in policy files and on the command line, to detectors. A name is a
 * <em>group</em> ({@code pii}, {@code secrets}, and whatever other modules register, e.g. {@code injection}), a
 * single detector id ({@code pii.email}, {@code secret.api-key}), or {@code all} (every group).
 *
 * <pre>{@code
 * Detector d = DetectorCatalog.standard().resolve("pii,secrets");
 * DetectorCatalog mine = DetectorCatalog.standard().toBuilder()
 *     .group("acme", () -> new EmployeeIdDetector())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not.
 */
public final class DetectorCatalog {

    private static final DetectorCatalog STANDARD = standardBuilder().build();

    private final Map<String, Supplier<Detector>> groups;
    private final Map<String, Supplier<Detector>> detectors;

    private DetectorCatalog(Builder b) {
        this.groups = Collections.unmodifiableMap(new LinkedHashMap<>(b.groups));
        this.detectors = Collections.unmodifiableMap(new LinkedHashMap<>(b.detectors));
    }

    /**
     * The catalogue of the built-in detectors. Modules that add detector groups (such as the injection detectors)
     * register them in {@link #standardBuilder()}.
     *
     * @return the standard catalogue
     */
    public static DetectorCatalog standard() {
        return STANDARD;
    }

    /** @return a builder pre-filled with the built-in groups and detectors */
    public static Builder standardBuilder() {
        return new Builder()
            .group("pii", Detectors::pii)
            .group("secrets", Detectors::secrets)
            .detector(EmailDetector.ID, Detectors::email)
            .detector(PhoneDetector.ID, Detectors::phone)
            .detector(CreditCardDetector.ID, Detectors::creditCard)
            .detector(IbanDetector.ID, Detectors::iban)
            .detector(UsSsnDetector.ID, Detectors::usSsn)
            .detector(IpAddressDetector.ID, Detectors::ipAddress)
            .detector(JwtDetector.ID, Detectors::jwt)
            .detector(PrivateKeyDetector.ID, Detectors::privateKey)
            .detector(ApiKeyDetector.ID, Detectors::apiKeys)
            .detector(AuthHeaderDetector.ID, Detectors::authCredentials)
            .detector(UrlCredentialDetector.ID, Detectors::urlCredentials)
            .detector(PasswordAssignmentDetector.ID, Detectors::passwordAssignments)
            .group(InjectionDetectors.GROUP, InjectionDetectors::group)
            .detector(TextNeutralizer.DETECTOR_ID, HiddenTextDetector::standard)
            .detector(PromptInjectionDetector.ID, PromptInjectionDetector::standard);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this catalogue's entries */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.groups.putAll(groups);
        b.detectors.putAll(detectors);
        return b;
    }

    /** @return the group names, in registration order */
    public Set<String> groupNames() {
        return groups.keySet();
    }

    /** @return the single-detector names, in registration order */
    public Set<String> detectorNames() {
        return detectors.keySet();
    }

    /**
     * @param names comma-separated names: groups, detector ids, or {@code all}; blanks ignored
     * @return one detector that runs all of them in one pass
     * @throws IllegalArgumentException naming the unknown entry and the known names
     */
    public Detector resolve(String names) {
        Objects.requireNonNull(names, "names");
        List<String> list = new ArrayList<>();
        for (String n : names.split(",")) {
            if (!n.isBlank()) {
                list.add(n.trim());
            }
        }
        return resolve(list);
    }

    /**
     * @param names groups, detector ids, or {@code all}
     * @return one detector that runs all of them in one pass
     * @throws IllegalArgumentException naming the unknown entry and the known names
     */
    public Detector resolve(List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("No detector named: give at least one of " + known());
        }
        List<Detector> parts = new ArrayList<>();
        for (String raw : names) {
            String n = raw.trim().toLowerCase(Locale.ROOT);
            if (n.equals("all")) {
                groups.values().forEach(s -> parts.add(s.get()));
            } else if (groups.containsKey(n)) {
                parts.add(groups.get(n).get());
            } else if (detectors.containsKey(n)) {
                parts.add(detectors.get(n).get());
            } else {
                throw new IllegalArgumentException("Unknown detector '" + raw + "': use one of " + known());
            }
        }
        return Detectors.of(String.join(",", names), parts);
    }

    private String known() {
        List<String> k = new ArrayList<>();
        k.add("all");
        k.addAll(groups.keySet());
        k.addAll(detectors.keySet());
        return String.join(", ", k);
    }

    /** Collects names. Not thread-safe; throw it away after {@link #build()}. */
    public static final class Builder {
        private final Map<String, Supplier<Detector>> groups = new LinkedHashMap<>();
        private final Map<String, Supplier<Detector>> detectors = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Registers (or replaces) a group, included in {@code all}.
         *
         * @param name lower-case name, e.g. {@code injection}
         * @param detector creates the group's detector (called on each resolve)
         * @return this builder
         */
        public Builder group(String name, Supplier<Detector> detector) {
            groups.put(checkName(name), Objects.requireNonNull(detector, "detector"));
            return this;
        }

        /**
         * Registers (or replaces) a single detector name, not included in {@code all}.
         *
         * @param name lower-case name, conventionally the detector id
         * @param detector creates the detector
         * @return this builder
         */
        public Builder detector(String name, Supplier<Detector> detector) {
            detectors.put(checkName(name), Objects.requireNonNull(detector, "detector"));
            return this;
        }

        private static String checkName(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank() || name.contains(",") || !name.equals(name.toLowerCase(Locale.ROOT)) || name.equals("all")) {
                throw new IllegalArgumentException("Detector name '" + name + "' must be lower case, not blank, without commas, and not 'all'");
            }
            return name;
        }

        /** @return the catalogue */
        public DetectorCatalog build() {
            return new DetectorCatalog(this);
        }
    }
}
