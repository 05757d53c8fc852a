package dev.jguard.mcp.core.detect;

import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Provider API keys and access tokens recognised by their documented prefix and body (cloud: AWS, Google Cloud,
 * Azure, DigitalOcean; VCS: GitHub, GitLab, npm, PyPI, Docker Hub; chat: Slack, Discord webhooks, Telegram; payment:
 * Stripe, Square; AI: OpenAI, Anthropic, Hugging Face, Groq, xAI, Perplexity, Replicate, LangSmith, OpenRouter,
 * Langfuse, NVIDIA, Tavily, ElevenLabs; mail and messaging: SendGrid, Twilio, Mailgun, Brevo; others: Shopify,
 * Atlassian, Linear, Postman, Databricks, Grafana, New Relic, HashiCorp Vault, Doppler, Supabase, Pulumi, age,
 * PlanetScale, RubyGems, Sentry, Prefect, ReadMe, Heroku, Dynatrace, Shippo, Duffel, Flutterwave, Typeform,
 * Infracost, Alibaba Cloud, Dropbox, Mapbox, EasyPost, HubSpot, Clojars, OpenShift, Notion, Figma, Buildkite, Render,
 * Fly.io, Contentful, JFrog, SonarQube; Slack and Discord webhook URLs). A prefix only matches at a token start, the body must have the
 * documented alphabet and length and end at a token boundary, and variable-length bodies must not be a repeated
 * placeholder ({@code sk-xxxxxxxx...}).
 */
final class ApiKeyDetector extends TriggeredDetector {

    static final String ID = "secret.api-key";

    private enum Alphabet {
        ALNUM, URLSAFE, HEX_LOWER, HEX, UPPER_ALNUM, BASE64, SENDGRID, CROCKFORD, URL_PATH;

        boolean has(char c) {
            switch (this) {
                case ALNUM: return Chars.asciiAlnum(c);
                case URLSAFE: return Chars.b64url(c);
                case HEX_LOWER: return Chars.digit(c) || (c >= 'a' && c <= 'f');
                case HEX: return Chars.hex(c);
                case UPPER_ALNUM: return Chars.upper(c) || Chars.digit(c);
                case BASE64: return Chars.asciiAlnum(c) || c == '+' || c == '/';
                case SENDGRID: return Chars.b64url(c) || c == '.';
                case CROCKFORD: return Chars.upper(c) || Chars.digit(c);
                case URL_PATH: return Chars.b64url(c) || c == '/';
                default: return false;
            }
        }
    }

    private record Rule(String prefix, Alphabet alphabet, int min, int max, String provider) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    private static void rule(String prefix, Alphabet a, int min, int max, String provider) {
        RULES.add(new Rule(prefix, a, min, max, provider));
    }

    /** Rows of {@code provider alphabet min max prefix...}, white-space separated. */
    private static void table(String rows) {
        for (String row : rows.strip().split("\n")) {
            String[] f = row.strip().split("\\s+");
            for (int k = 4; k < f.length; k++) {
                rule(f[k], Alphabet.valueOf(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[0]);
            }
        }
    }

    static {
        // cloud
        for (String p : new String[] {"AKIA", "ASIA", "ABIA", "ACCA"}) {
            rule(p, Alphabet.UPPER_ALNUM, 16, 16, "aws");
        }
        rule("AIza", Alphabet.URLSAFE, 35, 35, "gcp");
        rule("ya29.", Alphabet.URLSAFE, 30, 2048, "gcp-oauth");
        rule("GOCSPX-", Alphabet.URLSAFE, 28, 28, "gcp-oauth-client");
        rule("dop_v1_", Alphabet.HEX_LOWER, 64, 64, "digitalocean");
        rule("doo_v1_", Alphabet.HEX_LOWER, 64, 64, "digitalocean");
        rule("dor_v1_", Alphabet.HEX_LOWER, 64, 64, "digitalocean");
        // VCS and registries
        for (String p : new String[] {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}) {
            rule(p, Alphabet.ALNUM, 36, 36, "github");
        }
        rule("github_pat_", Alphabet.URLSAFE, 82, 82, "github");
        for (String p : new String[] {"glpat-", "gldt-", "glptt-", "glrt-", "glcbt-", "glsoat-", "glffct-", "glimt-", "glagent-"}) {
            rule(p, Alphabet.URLSAFE, 20, 64, "gitlab");
        }
        rule("GR1348941", Alphabet.URLSAFE, 20, 64, "gitlab");
        rule("npm_", Alphabet.ALNUM, 36, 36, "npm");
        rule("pypi-AgEIcHlwaS5vcmc", Alphabet.URLSAFE, 50, 512, "pypi");
        rule("dckr_pat_", Alphabet.URLSAFE, 27, 27, "docker");
        // chat
        for (String p : new String[] {"xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-", "xoxe.xoxp-", "xapp-"}) {
            rule(p, Alphabet.URLSAFE, 10, 256, "slack");
        }
        rule("https://hooks.slack.com/services/T", Alphabet.URL_PATH, 20, 128, "slack-webhook");
        rule("https://hooks.slack.com/workflows/T", Alphabet.URL_PATH, 20, 128, "slack-webhook");
        rule("https://discord.com/api/webhooks/", Alphabet.URL_PATH, 60, 128, "discord-webhook");
        rule("https://discordapp.com/api/webhooks/", Alphabet.URL_PATH, 60, 128, "discord-webhook");
        // payment
        for (String p : new String[] {"sk_live_", "sk_test_", "rk_live_", "rk_test_"}) {
            rule(p, Alphabet.ALNUM, 20, 247, "stripe");
        }
        rule("whsec_", Alphabet.BASE64, 32, 64, "stripe");
        rule("sq0atp-", Alphabet.URLSAFE, 22, 22, "square");
        rule("sq0csp-", Alphabet.URLSAFE, 43, 43, "square");
        rule("EAAA", Alphabet.URLSAFE, 60, 60, "square");
        // AI providers
        rule("sk-ant-api03-", Alphabet.URLSAFE, 80, 120, "anthropic");
        rule("sk-ant-admin01-", Alphabet.URLSAFE, 80, 120, "anthropic");
        rule("sk-ant-", Alphabet.URLSAFE, 32, 160, "anthropic");
        rule("sk-proj-", Alphabet.URLSAFE, 40, 256, "openai");
        rule("sk-svcacct-", Alphabet.URLSAFE, 40, 256, "openai");
        rule("sk-admin-", Alphabet.URLSAFE, 40, 256, "openai");
        rule("sk-", Alphabet.ALNUM, 32, 64, "openai");
        rule("hf_", Alphabet.ALNUM, 34, 34, "huggingface");
        rule("gsk_", Alphabet.ALNUM, 52, 52, "groq");
        rule("xai-", Alphabet.ALNUM, 80, 80, "xai");
        rule("pplx-", Alphabet.ALNUM, 48, 48, "perplexity");
        rule("r8_", Alphabet.ALNUM, 37, 37, "replicate");
        rule("lsv2_pt_", Alphabet.URLSAFE, 40, 64, "langsmith");
        rule("lsv2_sk_", Alphabet.URLSAFE, 40, 64, "langsmith");
        // mail and messaging
        rule("SG.", Alphabet.SENDGRID, 66, 66, "sendgrid");
        rule("SK", Alphabet.HEX_LOWER, 32, 32, "twilio");
        rule("key-", Alphabet.HEX_LOWER, 32, 32, "mailgun");
        // other SaaS
        for (String p : new String[] {"shpat_", "shpss_", "shpca_", "shppa_"}) {
            rule(p, Alphabet.HEX, 32, 32, "shopify");
        }
        rule("ATATT3", Alphabet.SENDGRID, 100, 300, "atlassian");
        rule("lin_api_", Alphabet.ALNUM, 40, 40, "linear");
        rule("PMAK-", Alphabet.SENDGRID, 59, 59, "postman");
        rule("dapi", Alphabet.HEX_LOWER, 32, 32, "databricks");
        rule("glsa_", Alphabet.URLSAFE, 41, 41, "grafana");
        rule("glc_", Alphabet.BASE64, 32, 400, "grafana");
        rule("NRAK-", Alphabet.UPPER_ALNUM, 27, 27, "newrelic");
        rule("hvs.", Alphabet.URLSAFE, 24, 256, "vault");
        rule("hvb.", Alphabet.URLSAFE, 24, 256, "vault");
        rule("dp.pt.", Alphabet.ALNUM, 40, 44, "doppler");
        rule("sbp_", Alphabet.HEX_LOWER, 40, 40, "supabase");
        rule("pul-", Alphabet.HEX_LOWER, 40, 40, "pulumi");
        rule("AGE-SECRET-KEY-1", Alphabet.CROCKFORD, 58, 58, "age");
        // more documented prefixes (formats as published by the providers and secret scanners):
        // provider, alphabet, body length min and max, prefixes
        table("""
            openrouter   HEX_LOWER  64  64  sk-or-v1-
            langfuse     URLSAFE    36  36  sk-lf-
            nvidia       URLSAFE    64  64  nvapi-
            tavily       URLSAFE    32  48  tvly-
            elevenlabs   HEX_LOWER  48  48  sk_
            huggingface  ALNUM      34  34  api_org_
            planetscale  SENDGRID   32  64  pscale_tkn_ pscale_pw_ pscale_oauth_
            rubygems     HEX_LOWER  48  48  rubygems_
            sentry       HEX_LOWER  64  64  sntryu_
            sentry       BASE64     60 400  sntrys_
            brevo        URLSAFE    81  81  xkeysib-
            prefect      ALNUM      36  36  pnu_
            readme       ALNUM      70  70  rdme_
            heroku       URLSAFE    58  58  HRKU-AA
            dynatrace    SENDGRID   89  89  dt0c01.
            shippo       HEX_LOWER  40  40  shippo_live_ shippo_test_
            duffel       URLSAFE    43  43  duffel_live_ duffel_test_
            flutterwave  URLSAFE    34  34  FLWSECK_TEST- FLWSECK-
            typeform     SENDGRID   40  80  tfp_
            infracost    ALNUM      32  32  ico-
            alibaba      ALNUM      20  20  LTAI
            dropbox      URLSAFE   130 160  sl.
            mapbox       SENDGRID   80 300  sk.eyJ
            easypost     ALNUM      54  54  EZAK EZTK
            hubspot      URLSAFE    36  36  pat-na1- pat-eu1-
            clojars      ALNUM      60  60  CLOJARS_
            openshift    URLSAFE    43  43  sha256~
            newrelic     URLSAFE    32  32  NRII-
            newrelic     HEX_LOWER  19  19  NRJS-
            notion       ALNUM      43  43  secret_
            notion       ALNUM      46  46  ntn_
            figma        URLSAFE    40  40  figd_
            buildkite    HEX_LOWER  40  40  bkua_
            render       ALNUM      32  32  rnd_
            flyio        URLSAFE    43  43  fo1_
            contentful   URLSAFE    43  43  CFPAT-
            doppler      ALNUM      40  44  dp.st. dp.sa. dp.ct.
            jfrog        ALNUM      69  69  AKCp
            gitlab       URLSAFE    20  64  glft- gloas-
            sonarqube    HEX_LOWER  40  40  squ_ sqp_ sqa_
            """);
        RULES.sort(Comparator.comparingInt((Rule r) -> r.prefix.length()).reversed());
    }

    /**
     * The rules by the first two characters of their prefix ({@code first * 128 + second}), longest prefix first: most
     * words fail this one look-up, and the rest compare only the few prefixes that share both characters.
     */
    @SuppressWarnings("unchecked")
    private static final List<Rule>[] BY_PAIR = new List[128 * 128];
    private static final boolean[] PAIRS = new boolean[128 * 128];
    /** The first two characters of every prefix: the token starts at which the detector is called. */
    private static final Set<String> TOKEN_STARTS = new java.util.LinkedHashSet<>();

    static {
        for (Rule r : RULES) {
            int pair = r.prefix.charAt(0) * 128 + r.prefix.charAt(1);
            PAIRS[pair] = true;
            if (BY_PAIR[pair] == null) {
                BY_PAIR[pair] = new ArrayList<>(2);
            }
            BY_PAIR[pair].add(r);
            TOKEN_STARTS.add(r.prefix.substring(0, 2));
        }
    }

    ApiKeyDetector() {
        super(ID, Set.of(FindingTypes.API_KEY), "Q:", TOKEN_STARTS);
    }

    @Override
    protected int scanAt(CharSequence s, int i, List<Finding> out) {
        char c = s.charAt(i);
        if (c == 'Q') {
            int r = azureClientSecret(s, i, out);
            if (r > i + 1) {
                return r;
            }
        } else if (c == ':') {
            return telegramBotToken(s, i, out);
        }
        char second = Chars.at(s, i + 1);
        if (second >= 128 || !PAIRS[c * 128 + second]) {
            return i + 1;
        }
        char prev = Chars.at(s, i - 1);
        if (Chars.b64url(prev) || prev == '.') {
            return i + 1;
        }
        List<Rule> rules = BY_PAIR[c * 128 + second];
        for (Rule r : rules) {
            if (!Chars.matches(s, i, r.prefix)) {
                continue;
            }
            int b = i + r.prefix.length();
            int j = b;
            int n = s.length();
            while (j < n && j - b <= r.max && r.alphabet.has(s.charAt(j))) {
                j++;
            }
            int len = j - b;
            if (len < r.min || len > r.max) {
                continue;
            }
            if (r.alphabet != Alphabet.SENDGRID && (Chars.b64url(Chars.at(s, j)))) {
                continue;
            }
            if (r.min != r.max && (Placeholders.isPlaceholder(s, b, j) || Chars.classes(s, b, j) < 2)) {
                continue;
            }
            if (r.min == r.max && Chars.uniform(s, b, j)) {
                continue;
            }
            out.add(finding(i, j));
            return j;
        }
        return i + 1;
    }

    /** Microsoft Entra ID client secret: {@code xxx\dQ~} followed by 31-34 characters. */
    private int azureClientSecret(CharSequence s, int q, List<Finding> out) {
        int start = q - 4;
        if (start < 0 || Chars.at(s, q + 1) != '~' || !Chars.digit(s.charAt(q - 1))) {
            return q + 1;
        }
        for (int k = start; k < q - 1; k++) {
            char c = s.charAt(k);
            if (!(Chars.asciiAlnum(c) || c == '_' || c == '~' || c == '.')) {
                return q + 1;
            }
        }
        if (Chars.asciiAlnum(Chars.at(s, start - 1))) {
            return q + 1;
        }
        int b = q + 2;
        int j = b;
        while (j < s.length() && j - b <= 34 && (Chars.asciiAlnum(s.charAt(j)) || "_~.-".indexOf(s.charAt(j)) >= 0)) {
            j++;
        }
        if (j - b < 31 || j - b > 34) {
            return q + 1;
        }
        out.add(finding(start, j));
        return j;
    }

    /** Telegram bot token: {@code <8-10 digit bot id>:AA<33 url-safe>}. */
    private int telegramBotToken(CharSequence s, int colon, List<Finding> out) {
        if (Chars.at(s, colon + 1) != 'A' || Chars.at(s, colon + 2) != 'A') {
            return colon + 1;
        }
        int start = colon;
        while (start > 0 && colon - start < 10 && Chars.digit(s.charAt(start - 1))) {
            start--;
        }
        if (colon - start < 8 || Chars.word(Chars.at(s, start - 1))) {
            return colon + 1;
        }
        int b = colon + 1;
        int j = b;
        while (j < s.length() && j - b <= 35 && Chars.b64url(s.charAt(j))) {
            j++;
        }
        if (j - b != 35) {
            return colon + 1;
        }
        out.add(finding(start, j));
        return j;
    }
}
