package dev.jguard.mcp.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DetectorsTest {

    /** The spans {@code detector} reports in {@code text}, as substrings. */
    static List<String> found(Detector detector, String text) {
        return detector.detect(text).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    static List<String> types(Detector detector, String text) {
        return detector.detect(text).stream().map(Finding::type).toList();
    }

    /* ---------- e-mail ---------- */

    @ParameterizedTest
    @ValueSource(strings = {"john.doe@example.com", "j_o-e+tag@mail.example.co.uk", "o'brien@example.ie", "zoë@exämple.de",
        "user@xn--bcher-kva.example"})
    void email_valid(String address) {
        assertThat(found(Detectors.email(), "write to " + address + ", thanks")).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@localhost", "icon@2x.png", "@mention", "a..b@example.com", "user@example.c0m",
        "https://admin:pw@db.example.com/", "user@-example.com", "name@example"})
    void email_invalid(String text) {
        assertThat(Detectors.email().detect("see " + text + " now")).isEmpty();
    }

    @Test
    void email_offsets_are_java_indices() {
        String text = "😀 a@b.io";
        Finding f = Detectors.email().detect(text).get(0);
        assertThat(f).isEqualTo(new Finding(FindingTypes.EMAIL, 3, 9, "pii.email"));
    }

    /* ---------- phone ---------- */

    @ParameterizedTest
    @ValueSource(strings = {"(415) 555-2671", "+1 415 555 2671", "+44 20 7946 0958", "020 7946 0958", "+49 30 901820",
        "+33 1 42 68 53 00", "+91 98765 43210", "415.555.2671", "+1-202-555-0143"})
    void phone_valid(String number) {
        assertThat(found(Detectors.phone(), "Call me at " + number + " tomorrow")).containsExactly(number);
    }

    @Test
    void phone_bare_digits_need_a_keyword() {
        assertThat(found(Detectors.phone(), "order 4155552671 shipped")).isEmpty();
        assertThat(found(Detectors.phone(), "mobile: 4155552671")).containsExactly("4155552671");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-15", "15/01/2024", "12.03.2023", "192.168.100.200", "1234567.89", "v1.2.3.4567",
        "id 123456789012345678", "ISBN 978-3-16-148410-0", "1700000000000", "0000000000", "+1 000 000 0000",
        "12:30:45", "$1,234,567", "1234-5678", "acc12345678"})
    void phone_invalid(String text) {
        assertThat(found(Detectors.phone(), "value " + text + " end")).isEmpty();
    }

    @Test
    void phone_rejects_unknown_region() {
        assertThatThrownBy(() -> Detectors.phone("XX")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 3166");
    }

    /* ---------- payment cards ---------- */

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444",
        "2223003122003222", "378282246310005", "3782 822463 10005", "6011111111111117", "3566002020360505",
        "30569309025904", "6200000000000005"})
    void card_valid(String card) {
        assertThat(found(Detectors.creditCard(), "card: " + card + ".")).containsExactly(card);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "4111 1111 1111 1112", "1234567812345678", "0000000000000000",
        "4111 11111111 1111", "41111111111111111111", "9111111111111111", "4111-1111 1111-1111", "x4111111111111111"})
    void card_invalid(String text) {
        assertThat(Detectors.creditCard().detect("card: " + text + ".")).isEmpty();
    }

    /* ---------- IBAN ---------- */

    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432",
        "GB82 WEST 1234 5698 7654 32", "FR1420041010050500013M02606", "NL91ABNA0417164300", "CH9300762011623852957"})
    void iban_valid(String iban) {
        assertThat(found(Detectors.iban(), "IBAN: " + iban + ".")).containsExactly(iban);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013001", "GB82WEST12345698765433", "DE8937040044053201300", "XX89370400440532013000",
        "de89370400440532013000", "DE89370400440532013000123", "ABDE89370400440532013000"})
    void iban_invalid(String text) {
        assertThat(Detectors.iban().detect("IBAN: " + text + ".")).isEmpty();
    }

    /* ---------- US SSN ---------- */

    @ParameterizedTest
    @ValueSource(strings = {"536-22-1234", "536 22 1234", "001-01-0001", "899-99-9998"})
    void ssn_valid(String ssn) {
        assertThat(found(Detectors.usSsn(), "SSN " + ssn + ".")).containsExactly(ssn);
    }

    @Test
    void ssn_bare_digits_need_a_keyword() {
        assertThat(found(Detectors.usSsn(), "social security number 536221234")).containsExactly("536221234");
        assertThat(found(Detectors.usSsn(), "invoice 536221234")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "536-00-1234", "536-22-0000",
        "078-05-1120", "219-09-9999", "123-45-6789", "111-11-1111", "536-22-12345", "1536-22-1234", "536-22-1234-5"})
    void ssn_invalid(String text) {
        assertThat(Detectors.usSsn().detect("SSN " + text + ".")).isEmpty();
    }

    /* ---------- IP addresses ---------- */

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.10", "10.0.0.1", "255.255.255.255", "2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a",
        "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::ffff:192.0.2.128"})
    void ip_valid(String ip) {
        assertThat(found(Detectors.ipAddress(), "host " + ip + ", ok")).containsExactly(ip);
    }

    @Test
    void ip_with_port_is_the_address_only() {
        assertThat(found(Detectors.ipAddress(), "http://192.168.1.10:8080/x")).containsExactly("192.168.1.10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "12:30:45", "std::vector", "00:1A:2B:3C:4D:5E",
        "a::b", "1:2:3:4:5:6:7:8:9", "2001:db8:::1", "v1.2.3.4b"})
    void ip_invalid(String text) {
        assertThat(Detectors.ipAddress().detect("value " + text + " end")).isEmpty();
    }

    /* ---------- secrets ---------- */

    static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
        + "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

    @Test
    void jwt_valid_and_invalid() {
        assertThat(found(Detectors.jwt(), "token=" + JWT + "&x=1")).containsExactly(JWT);
        assertThat(Detectors.jwt().detect("eyJub3QiOiJhIGp3dCJ9")).isEmpty(); // one segment
        assertThat(Detectors.jwt().detect("eyJub3QiOiJhIGp3dCJ9.eyJhIjoxfQ.c2ln")).isEmpty(); // header without alg/typ
        assertThat(Detectors.jwt().detect("eyJhbGciOiJIUzI1NiJ9.a.b.c")).isEmpty(); // four segments
    }

    @Test
    void bearer_and_basic_credentials() {
        assertThat(found(Detectors.authCredentials(), "Authorization: Bearer abcDEF123456ghiJKL789"))
            .containsExactly("abcDEF123456ghiJKL789");
        assertThat(found(Detectors.authCredentials(), "curl -H 'Authorization: Basic dXNlcjpwYXNzd29yZA=='"))
            .containsExactly("dXNlcjpwYXNzd29yZA==");
        assertThat(found(Detectors.authCredentials(), "DPoP Kz9abcdefgh12345678xyz")).containsExactly("Kz9abcdefgh12345678xyz");
        assertThat(Detectors.authCredentials().detect("the bearer of bad news")).isEmpty();
        assertThat(Detectors.authCredentials().detect("Basic aGVsbG8gd29ybGQ=")).isEmpty(); // "hello world": no colon
        assertThat(Detectors.authCredentials().detect("basic arithmetic")).isEmpty();
    }

    @Test
    void url_credentials() {
        assertThat(found(Detectors.urlCredentials(), "postgres://app:Zx8!kd02@db.internal:5432/app")).containsExactly("Zx8!kd02");
        assertThat(Detectors.urlCredentials().detect("https://user:${DB_PASSWORD}@db/x")).isEmpty();
        assertThat(Detectors.urlCredentials().detect("mail me: bob@example.com")).isEmpty();
        assertThat(Detectors.urlCredentials().detect("https://user@example.com/")).isEmpty();
    }

    @Test
    void private_keys() {
        String key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";
        assertThat(found(Detectors.privateKey(), "key:\n" + key + "\nbye")).containsExactly(key);
        String escaped = "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----";
        assertThat(found(Detectors.privateKey(), "{\"k\":\"" + escaped + "\"}")).containsExactly(escaped);
        String truncated = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIrYSSNQFaA2Hwf1duRSxKtLYX5CB04fSeQ6tF1aY";
        assertThat(found(Detectors.privateKey(), truncated + "\" }")).containsExactly(truncated);
        assertThat(Detectors.privateKey().detect("-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----")).isEmpty();
        assertThat(Detectors.privateKey().detect("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AKIAIOSFODNN7EXAMPLE", "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "github_pat_11ABCDEFG0abcdefghijkl_mnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghi",
        "glpat-xZ8a9B7c6D5e4F3g2H1i", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk-proj-abcDEF1234567890abcdefghijABCDEFGHIJ12345",
        "sk-ant-api03-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-abcdefghijklmnopqrstuvwxyzAB",
        "SK0123456789abcdef0123456789abcdef", "SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
        "npm_abcdefghijklmnopqrstuvwxyz0123456789", "AIzaSyA1234567890abcdefghijklmnopqrstuv",
        "hf_abcdefghijklmnopqrstuvwxyzABCDEFGH", "abc8Q~abcdefghijklmnopqrstuvwxyz0123456",
        "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0", "dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void api_key_valid(String key) {
        assertThat(found(Detectors.apiKeys(), "key=\"" + key + "\"")).containsExactly(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AKIAIOSFODNN7EXAMPL", "xAKIAIOSFODNN7EXAMPLE", "ghp_short", "ghp_abcdefghijklmnopqrstuvwxyz01234567890",
        "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "task-force", "sk_live_", "skip-this-one", "SKIPPED", "askey"})
    void api_key_invalid(String text) {
        assertThat(Detectors.apiKeys().detect("value " + text + " end")).isEmpty();
    }

    @Test
    void password_assignments() {
        Detector d = Detectors.passwordAssignments();
        assertThat(found(d, "password=hunter22")).containsExactly("hunter22");
        assertThat(found(d, "{\"DB_PASS\": \"correct horse\"}")).containsExactly("correct horse");
        assertThat(found(d, "client_secret: 8f3Kd92LxQ0pZ7aVbN4mT1sW")).containsExactly("8f3Kd92LxQ0pZ7aVbN4mT1sW");
        assertThat(found(d, "export API_KEY='q9W8e7R6t5Y4u3I2o1P0aSdF'")).containsExactly("q9W8e7R6t5Y4u3I2o1P0aSdF");
        assertThat(d.detect("Password: requirements")).isEmpty();
        assertThat(d.detect("password=${DB_PASSWORD}")).isEmpty();
        assertThat(d.detect("password: ********")).isEmpty();
        assertThat(d.detect("bypass=abc123def")).isEmpty();
        assertThat(d.detect("max_tokens: 4096")).isEmpty();
        assertThat(d.detect("next_page_token=abcdefghijklmnop123")).isEmpty();
        assertThat(d.detect("token=short1")).isEmpty(); // secret names need 16+ high-entropy chars
        assertThat(d.detect("https://example.com/a=b")).isEmpty();
    }

    /* ---------- composite ---------- */

    @Test
    void composite_resolves_overlaps_by_specificity() {
        String text = "Authorization: Bearer " + JWT;
        assertThat(types(Detectors.all(), text)).containsExactly(FindingTypes.JWT);
        assertThat(types(Detectors.all(), "api_key=AKIAIOSFODNN7EXAMPLE")).containsExactly(FindingTypes.API_KEY);
    }

    @Test
    void composite_reports_in_start_order_without_overlap() {
        String text = "bob@example.com 4111111111111111 DE89370400440532013000 536-22-1234 10.1.2.3 +44 20 7946 0958 "
            + "ghp_abcdefghijklmnopqrstuvwxyz0123456789 password=hunter22";
        List<Finding> findings = Detectors.all().detect(text);
        assertThat(findings).extracting(Finding::type).containsExactly(FindingTypes.EMAIL, FindingTypes.CREDIT_CARD,
            FindingTypes.IBAN, FindingTypes.US_SSN, FindingTypes.IP_ADDRESS, FindingTypes.PHONE_NUMBER, FindingTypes.API_KEY,
            FindingTypes.PASSWORD);
        for (int k = 1; k < findings.size(); k++) {
            assertThat(findings.get(k).start()).isGreaterThanOrEqualTo(findings.get(k - 1).end());
        }
        assertThat(Detectors.all().detect(text)).isEqualTo(findings); // stateless
    }

    @Test
    void composite_matches_members_run_alone() {
        String text = "mail a@b.io, call +1 415 555 2671, card 5555555555554444";
        assertThat(Detectors.pii().detect(text)).containsExactlyElementsOf(
            java.util.stream.Stream.of(Detectors.email(), Detectors.phone(), Detectors.creditCard())
                .flatMap(d -> d.detect(text).stream()).toList());
    }

    @Test
    void clean_text_has_no_findings() {
        String text = "{\"query\":\"flights from Paris to Berlin on 2025-03-14\",\"passengers\":2,\"class\":\"economy\","
            + "\"note\":\"version 1.2.3, build 4567, price $1,234.50, ref ABC-123456\"}";
        assertThat(Detectors.all().detect(text)).isEmpty();
    }

    /* ---------- catalogue ---------- */

    @Test
    void catalog_resolves_groups_ids_and_all() {
        DetectorCatalog c = DetectorCatalog.standard();
        assertThat(c.resolve("pii").types()).contains(FindingTypes.EMAIL).doesNotContain(FindingTypes.JWT);
        assertThat(c.resolve("pii, secrets").types()).contains(FindingTypes.EMAIL, FindingTypes.JWT);
        assertThat(c.resolve("all").types()).isEqualTo(c.resolve("pii,secrets,injection").types()); // issue 5 registers "injection"
        assertThat(c.resolve("pii.email").types()).containsExactly(FindingTypes.EMAIL);
        assertThatThrownBy(() -> c.resolve("pii,bogus")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Unknown detector 'bogus'").hasMessageContaining("secrets");
    }

    @Test
    void catalog_is_extensible_with_a_group() {
        Detector custom = new TriggeredDetector("acme.ticket", java.util.Set.of("TICKET_ID"), "T") {
            @Override
            protected int scanAt(CharSequence text, int i, List<Finding> out) {
                if (!text.toString().startsWith("TCK-", i)) {
                    return i + 1;
                }
                out.add(finding(i, i + 8));
                return i + 8;
            }
        };
        DetectorCatalog c = DetectorCatalog.standard().toBuilder().group("acme", () -> custom).build();
        assertThat(types(c.resolve("all"), "TCK-1234 a@b.io")).containsExactly("TICKET_ID", FindingTypes.EMAIL);
        assertThat(c.groupNames()).containsExactly("pii", "secrets", "injection", "acme");
    }

    /* ---------- formats found missing or wrongly reported on the labelled corpus (pii-corpus/, PiiCorpusTest) ---------- */

    @ParameterizedTest
    @ValueSource(strings = {"Ring mig på |08-542 59 59|, tack", "Mi teléfono es |627 943 459| y", "Il mio cellulare è |333 830 6639|.",
        "Bel me gerust op |06-10355471| of", "Mobilnummer: |079 752 40 96|", "연락처: |010-2134-0849| (휴대폰)",
        "Meu celular: |(21) 99551-4409| —", "mój numer telefonu to |502 786 518|, a"})
    void phone_national_numbers_of_more_regions_next_to_a_keyword(String marked) {
        String[] p = marked.split("\\|", -1);
        assertThat(found(Detectors.phone(), p[0] + p[1] + p[2])).containsExactly(p[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"08-542 59 59", "627 943 459", "333 830 6639", "06-10355471", "079 752 40 96"})
    void phone_national_numbers_of_more_regions_need_a_keyword(String number) {
        assertThat(found(Detectors.phone(), "ref " + number + " ok")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë,Moreau,marek@beispiel.de,|+44 131 683 6866|,09/10/2007", "Telefon: |089/8569850|, Fax",
        "Call |(+44) 20 7946 0958| now", "Buenos Aires: |+54 9 11 6597-5499| —", "my phone number is |711-548-8577|x767 ok",
        "phone: |5943305805|", "Mon numéro a changé. Le fixe reste le |0686524190|.", "Tel. |0044 20 7946 0958|",
        "phone |0011 61 2 9876 5432|", "call |011 44 20 7946 0958|", "Delhi office: |011 2345 6789|",
        "teléfono |011 5711-9997|"})
    void phone_formats(String marked) {
        String[] p = marked.split("\\|", -1);
        assertThat(found(Detectors.phone(), p[0] + p[1] + p[2])).containsExactly(p[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bestellnummer 9823043473", "Kundennummer 7954000; Lieferung", "change the contact on account 67392707?",
        "Reference: APP-11099-4901.", "cost centre 2665-141", "Case 2021-511281 was merged", "never issued: 666-32-4194",
        "Employer identification number: 92-4714890", "firmware 20.33.100; lot 7", "order no. 0612345678 shipped",
        "serial SN-5677438383", "order 5943305805", "score 1,234 and 5,678,901"})
    void phone_ids_are_not_phone_numbers(String text) {
        assertThat(found(Detectors.phone(), text)).isEmpty();
    }

    @Test
    void iban_followed_by_a_word_and_not_by_a_group() {
        assertThat(found(Detectors.iban(), "Send it to account CZ60 0611 1182 5593 9753 0616 by Friday."))
            .containsExactly("CZ60 0611 1182 5593 9753 0616");
        assertThat(found(Detectors.iban(), "IBAN CZ60 0611 1182 5593 9753 0616 BIC GIBACZPX")).containsExactly("CZ60 0611 1182 5593 9753 0616");
        assertThat(Detectors.iban().detect("CZ60 0611 1182 5593 9753 0616 7777")).isEmpty(); // more groups: a longer number
        assertThat(Detectors.iban().detect("CZ60 0611 1182 5593 9753 0616 12 ")).isEmpty();
    }

    @Test
    void ipv6_before_a_colon_of_the_sentence() {
        assertThat(found(Detectors.ipAddress(), "rejected from 2001:db8:2885::287e: expired")).containsExactly("2001:db8:2885::287e");
        assertThat(found(Detectors.ipAddress(), "peer fe80::1ff:fe23:4567:890a: down")).containsExactly("fe80::1ff:fe23:4567:890a");
        assertThat(Detectors.ipAddress().detect("at 12:30:45: done")).isEmpty();
        assertThat(Detectors.ipAddress().detect("Foo::Bar: baz")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.slack.com/services/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",
        "https://discord.com/api/webhooks/169830383352628403/LQDDbAEOw0W-bUuQnzTFdP_agX8Ak-ZIVArRmyXq1Ir-NQAyMPMSLpUBCt9gFInxIZcw",
        "sk-or-v1-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "sk-lf-1b3f5c7e-9a2d-4e6f-8b0a-2c4e6f8a0b1c", "nvapi-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQrStUvWxYz",
        "pscale_tkn_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "rubygems_0123456789abcdef0123456789abcdef0123456789abcdef",
        "xkeysib-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef-AbCdEfGhIjKlMnOp",
        "pnu_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "HRKU-AAAbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQrSt",
        "shippo_live_0123456789abcdef0123456789abcdef01234567", "LTAI5tAbCdEfGhIjKlMnOpQr",
        "secret_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfG", "figd_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AB",
        "squ_0123456789abcdef0123456789abcdef01234567", "glft-AbCdEfGhIjKlMnOpQrSt"})
    void api_key_more_providers(String key) {
        assertThat(found(Detectors.apiKeys(), "value: " + key + "\n")).containsExactly(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.slack.com/services/", "https://discord.com/api/webhooks/123/short", "sk-or-v1-short",
        "secret_key", "secret_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGh", "LTAI5tAbCdEfGhIjKlMnOp",
        "sl.short", "rubygems_0123456789abcdef", "xsquad_0123456789abcdef0123456789abcdef01234567"})
    void api_key_more_providers_invalid(String text) {
        assertThat(Detectors.apiKeys().detect("value " + text + " end")).isEmpty();
    }

    @Test
    void password_values_with_ampersands_and_query_strings() {
        Detector d = Detectors.passwordAssignments();
        assertThat(found(d, "    password: 3gC1&KrK?ug8\n  jpa:")).containsExactly("3gC1&KrK?ug8");
        assertThat(found(d, "./deploy.sh --db-password=2YIr&Y4Y?QFh --env prod")).containsExactly("2YIr&Y4Y?QFh");
        assertThat(found(d, "GET /login?password=abc12345&user=bob")).containsExactly("abc12345");
        assertThat(found(d, "Password=sH5q&vhP^Wq2;Encrypt=True;")).containsExactly("sH5q&vhP^Wq2");
    }

    @Test
    void password_names_in_more_languages_and_copulas() {
        Detector d = Detectors.passwordAssignments();
        assertThat(found(d, "Ihr Passwort lautet: YZ9N&aLK?72b – bitte ändern")).containsExactly("YZ9N&aLK?72b");
        assertThat(found(d, "Your password is: Xy7#kL92q")).containsExactly("Xy7#kL92q");
        assertThat(found(d, "contraseña: v46l*F73@eXA")).containsExactly("v46l*F73@eXA");
        assertThat(found(d, "mot de passe : Nebula2836@")).containsExactly("Nebula2836@");
        assertThat(found(d, "Kennwort: Sommer2024x")).containsExactly("Sommer2024x");
        assertThat(d.detect("Passwort: ändern")).isEmpty();
        assertThat(d.detect("The reason is: Timeout123 exceeded")).isEmpty(); // a copula after a name that is no secret
        assertThat(d.detect("passe: Abc12345")).isEmpty();
    }

    @Test
    void password_in_xml_and_other_assignment_syntax() {
        Detector d = Detectors.passwordAssignments();
        assertThat(found(d, "<password>Maple6498*</password>\n<username>svc</username>")).containsExactly("Maple6498*");
        assertThat(found(d, "<add key=\"SmtpPassword\" value=\"rqmt%IXe$Lpw\" />")).containsExactly("rqmt%IXe$Lpw");
        assertThat(found(d, "dbPassword := \"Tr0ub4dor&3\"")).containsExactly("Tr0ub4dor&3");
        assertThat(found(d, "$config = ['password' => 's3cr3tP@ss'];")).containsExactly("s3cr3tP@ss");
        assertThat(d.detect("<password>${DB_PASS}</password>")).isEmpty();
        assertThat(d.detect("<password></password>")).isEmpty();
        assertThat(d.detect("<add key=\"SmtpHost\" value=\"smtp.example.com\" />")).isEmpty();
        assertThat(d.detect("<passwordPolicy>strong</passwordPolicy>")).isEmpty();
        assertThat(d.detect("if (a => b) x := 1")).isEmpty();
    }

    @Test
    void password_in_prose() {
        Detector d = Detectors.passwordAssignments();
        assertThat(found(d, "Login attempt using password Winter9130# failed 7 times.")).containsExactly("Winter9130#");
        assertThat(found(d, "machine api.example.com\n  login bob\n  password 56d3ea3b-191e-48db-b18b-ec282f3bec8f"))
            .containsExactly("56d3ea3b-191e-48db-b18b-ec282f3bec8f");
        assertThat(found(d, "mysql --password Xk9#mP2qL -h db")).containsExactly("Xk9#mP2qL");
        assertThat(found(d, "Your new password is Tr0ub4dor&3.")).containsExactly("Tr0ub4dor&3");
        assertThat(d.detect("Click the password reset link to continue.")).isEmpty();
        assertThat(d.detect("passwords are hashed with bcrypt-2b")).isEmpty();
        assertThat(d.detect("a password-protected file, password policy strong")).isEmpty();
        assertThat(d.detect("the password is weak")).isEmpty();
        assertThat(d.detect("password https://vault.example.com/p/1 or password bob@example.com")).isEmpty();
        assertThat(d.detect("password 12345678")).isEmpty(); // one character class: not told apart from an id
        assertThat(found(d, "My password is 'qwerty123', don't tell")).containsExactly("qwerty123"); // quoted: two classes do
        assertThat(d.detect("the password is 'secret'")).isEmpty();
        assertThat(d.detect("the password is \"weak\" or 'abc1'")).isEmpty();
    }

    @Test
    void documentation_example_secrets_are_placeholders() {
        Detector d = Detectors.passwordAssignments();
        assertThat(d.detect("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).isEmpty();
        assertThat(d.detect("DB_PASSWORD=changeme")).isEmpty();
        assertThat(d.detect("client_secret: REPLACE_WITH_YOUR_SECRET")).isEmpty();
        assertThat(found(d, "aws_secret_access_key = iER4cDE2uvUw1EDQS/ZeYUHJNfBk8i2UJZuvJq1d"))
            .containsExactly("iER4cDE2uvUw1EDQS/ZeYUHJNfBk8i2UJZuvJq1d");
    }

    @Test
    void authorization_token_scheme() {
        Detector d = Detectors.authCredentials();
        assertThat(found(d, "Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b")).containsExactly("9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b");
        assertThat(found(d, "{\"Authorization\": \"Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b\"}")).containsExactly("9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b");
        assertThat(d.detect("the authorization token refreshed at noon")).isEmpty();
        assertThat(d.detect("Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b")).isEmpty(); // not a header value
    }
}
