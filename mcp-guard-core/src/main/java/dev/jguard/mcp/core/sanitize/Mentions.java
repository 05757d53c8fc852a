package dev.jguard.mcp.core.sanitize;

import java.util.List;
import java.util.Locale;

/**
 * Drops technique hits that are mentioned rather than used: a phrase in double quotes or backticks introduced as an
 * example ({@code for example a page that says "ignore all previous instructions"}, {@code things like "you are now
 * DAN"}) and a fake tag named as such ({@code such as <IMPORTANT> tags}). That is how documentation, advisories and
 * security reports talk about injection. Each check looks a bounded number of characters back, so the pass stays
 * linear.
 */
final class Mentions {

    private static final int LOOK_BACK = 160;
    private static final String[] MARKERS = {"example", "examples", "e.g.", "e.g", "such as", "like", "typing", "typed",
        "attack", "attacks", "called", "known as", "jailbreak", "jailbreaks", "prompt injection", "\" or", "\" and", "\", ",
        "quotes", "quoted", "quoting", "wording", "saying", "that say", "that says", "which say"};
    /**
     * Right in front of the opening quote, a string literal in code: {@code text = "..."}, {@code f("...")}, an element
     * of a list {@code ["...", "..."]}. A JSON value ({@code "note": "..."}) is not one.
     */
    private static final String[] LITERAL_OPENERS = {"= \"", "=\"", "[\"", "(\"", "= `", "\", \"", "(r\"", "= r\"", "[r\""};

    private Mentions() {
    }

    /**
     * Words that make a text a discussion of attacks on models (an advisory, a paper, a CTF write-up, a filter list):
     * there, a phrase in double quotes is quoted, not said. Looked for outside quotes only, at the start of a word.
     */
    private static final String[] DISCUSSION = {"injection", "jailbreak", "attacker", "attack", "adversarial", "red-team",
        "red team", "payload", "exploit", "template", "dataset", "benchmark", "players", "researchers", "mitigation",
        "phrases", "test string", "variants", "ctf", "write-up", "writeup", "filter", "detector", "scanner", "classifier",
        "prompts", "defence", "defense", "technique", "tricks", "phishing", "untrusted", "case study",
        // the same in other languages (prefixes of their inflections)
        "injek", "injec", "injeç", "inyecc", "iniezion", "wstrzyk", "инъекц", "ін'єкц", "інʼєкц", "ін’єкц", "enjeksiyon",
        "injeksi", "angreif", "angriff", "attaqu", "ataque", "atacant", "attacc", "aanval", "atak", "útok", "atac",
        "angrip", "атак", "злоумышлен", "зловмисн", "saldır", "serang", "джейлбрейк", "حقن", "تزریق", "הזרק", "इंजेक्शन",
        "ইনজেকশন", "datensatz", "détecteur", "detector", "filtre", "filtro", "фильтр", "фільтр"};
    /** Verbs of a speech tag after a closing quote: fiction, a transcript in prose ({@code "...," Mira whispered}). */
    private static final String[] SPEECH = {"said", "says", "whispered", "asked", "shouted", "replied", "muttered", "cried",
        "yelled", "snapped", "answered", "told", "insisted", "pleaded", "begged", "murmured", "hissed", "sighed", "murmura",
        "dit", "répondit", "demanda", "cria", "chuchota", "sagte", "flüsterte", "rief", "fragte", "dijo", "susurró",
        "preguntó", "disse", "sussurrò", "chiese", "zei", "fluisterde"};

    /** @param quotes whether the text has any quote character (when not, no hit can be a quoted example) */
    static void drop(CharSequence text, int floor, List<PromptInjectionDetector.Hit> hits, boolean quotes) {
        int[] discussion = {-1}; // computed once, when a hit inside quotes asks for it
        hits.removeIf(h -> quotes && !inJsonValue(text, floor, h.start())
                && (quotedExample(text, floor, h.start()) || quotedInDiscussion(text, floor, h, discussion))
                || InjectionRules.FAKE_TAG.equals(h.category()) && namedTag(text, floor, h.start(), h.end())
                || DataGuards.cancels(text, h));
    }

    /**
     * True when {@code at} lies in a JSON (or Python dict) string value: the nearest quote before it opens a value
     * ({@code "key": "...}). Such text is data a tool returned, never a quotation, even when the record has other
     * fields in front ({@code "id": "c-1", "description": "Please ...}, which looks like a list of string literals).
     */
    static boolean inJsonValue(CharSequence text, int floor, int at) {
        int limit = Math.max(floor, at - 400);
        for (int k = at - 1; k >= limit; k--) {
            char c = text.charAt(k);
            if ((c == '"' || c == '\'') && (k == 0 || text.charAt(k - 1) != '\\')) { // JSON, or a Python dict's repr
                int lineStart = k;
                while (lineStart > limit && text.charAt(lineStart - 1) != '\n') {
                    lineStart--;
                }
                boolean value = jsonValue(text, lineStart, k) || jsonArrayElement(text, limit, k);
                if (value || c == '"') {
                    return value;
                }
                // a single quote that opens no value is an apostrophe or a quote inside the text: look further back
            }
        }
        return false;
    }

    /**
     * {@code "reviews": ["...", "...}: an element of an array that is itself a JSON value (a code list literal such as
     * {@code x = ["...", "..."]} is not one).
     */
    private static boolean jsonArrayElement(CharSequence text, int limit, int open) {
        int k = open - 1;
        while (k >= limit && text.charAt(k) == ' ') {
            k--;
        }
        if (k < limit || text.charAt(k) != '[' && text.charAt(k) != ',') {
            return false;
        }
        for (int j = k; j >= limit; j--) {
            char c = text.charAt(j);
            if (c == '[') {
                int m = j - 1;
                while (m >= limit && text.charAt(m) == ' ') {
                    m--;
                }
                return m >= limit && text.charAt(m) == ':';
            }
            if (c == '\n' || c == '=' || c == '(') {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the hit lies inside a double-quoted phrase closed on the same line, and the quote is dialogue with a
     * speech tag or the text discusses attacks on models. A JSON value ({@code "text": "..."}) is data, never a quote.
     */
    private static boolean quotedInDiscussion(CharSequence text, int floor, PromptInjectionDetector.Hit h, int[] discussion) {
        int open = -1;
        int parity = 0;
        int lineStart = h.start();
        while (lineStart > floor && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        for (int k = lineStart; k < h.start(); k++) {
            if (isDoubleQuote(text, k)) {
                parity ^= 1;
                open = k;
            }
        }
        if (parity == 0 || jsonValue(text, lineStart, open)) {
            return false;
        }
        int close = -1;
        for (int k = Math.max(h.start(), open + 1); k < text.length() && text.charAt(k) != '\n'; k++) {
            if (isDoubleQuote(text, k)) {
                close = k;
                break;
            }
        }
        if (close < 0 || close < h.end() - 1) {
            return false;
        }
        if (speechTag(text, close + 1)) {
            return true;
        }
        if (discussion[0] < 0) {
            discussion[0] = discusses(text, floor) ? 1 : 0;
        }
        return discussion[0] == 1;
    }

    private static boolean isDoubleQuote(CharSequence text, int k) {
        char c = text.charAt(k);
        return (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB')
                && (k == 0 || text.charAt(k - 1) != '\\');
    }

    /** {@code "key": "value"}, {@code "key":"value"}: the opening quote of a JSON string value. */
    private static boolean jsonValue(CharSequence text, int lineStart, int open) {
        int k = open - 1;
        while (k >= lineStart && text.charAt(k) == ' ') {
            k--;
        }
        if (k < lineStart || text.charAt(k) != ':') {
            return false;
        }
        k--;
        while (k >= lineStart && text.charAt(k) == ' ') {
            k--;
        }
        return k >= lineStart && (text.charAt(k) == '"' || text.charAt(k) == '\'');
    }

    private static boolean speechTag(CharSequence text, int after) {
        int end = Math.min(text.length(), after + 40);
        String tail = text.subSequence(after, end).toString().toLowerCase(Locale.ROOT);
        int nl = tail.indexOf('\n');
        if (nl >= 0) {
            tail = tail.substring(0, nl);
        }
        if (tail.isEmpty() || ",.!?; ".indexOf(tail.charAt(0)) < 0) {
            return false;
        }
        String[] words = tail.split("[^a-z']+");
        for (int i = 0; i < Math.min(words.length, 4); i++) {
            for (String v : SPEECH) {
                if (words[i].equals(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Words of a text about attacks on models that no attack needs to say: an article, a paper or a CTF write-up. In
     * such a text a cluster of weak techniques only describes them ("players ask the model to spell the word
     * backwards"); see {@link PromptInjectionDetector}. These alone suffice (as the tokenizer reads them, inflections
     * listed).
     */
    static final List<String> ABOUT_ATTACKS = List.of("injection", "injections", "jailbreak", "jailbreaks", "jailbreaking",
            "jailbroken", "attacker", "attackers", "adversarial", "red-team", "red-teaming", "red-teamers", "ctf", "ctfs",
            "write-up", "write-ups", "writeup", "writeups", "payload", "payloads", "hackaprompt", "gandalf",
            // the same topic in other languages: (prompt) injection, attacker, jailbreak
            "injektion", "injektionen", "prompt-injektion", "prompt-injection", "angreifer", "attaquant", "attaquants",
            "inyección", "inyecciones", "atacante", "atacantes", "iniezione", "iniezioni", "attaccante", "attaccanti",
            "injeção", "injeções", "injecção", "injecções", "injectie", "injecties", "aanvaller", "aanvallers",
            "wstrzyknięcie", "wstrzyknięcia", "wstrzykiwanie", "wstrzykiwania", "atakujący", "atakującego", "injekce",
            "injekcí", "útočník", "útočníci", "injecție", "injecții", "injecția", "injecţie", "injecţii", "atacator",
            "atacatorul", "atacatori", "angripare", "angriparen", "injektioner", "инъекция", "инъекции", "инъекций",
            "инъекцию", "промпт-инъекция", "промпт-инъекции", "злоумышленник", "злоумышленники", "злоумышленника",
            "джейлбрейк", "ін'єкція", "ін'єкції", "ін'єкцій", "ін'єкцію", "промпт-ін'єкція", "промпт-ін'єкції",
            "інʼєкція", "інʼєкції", "інʼєкцій", "зловмисник", "зловмисники", "зловмисника", "enjeksiyon", "enjeksiyonu",
            "enjeksiyonları", "saldırgan", "saldırganlar", "injeksi", "penyerang", "حقن", "المهاجم", "المهاجمين", "تزریق",
            "مهاجم", "הזרקה", "הזרקת", "התוקף", "תוקף", "תוקפים", "इंजेक्शन", "हमलावर", "ইনজেকশন", "আক্রমণকারী");
    /** Two-word forms of the same: the first word, then the second. */
    static final List<String[]> ABOUT_ATTACKS_PAIRS = List.of(new String[] {"red", "team"}, new String[] {"tool", "poisoning"},
            new String[] {"tensor", "trust"});
    /**
     * Word groups that do so only two different groups together: "researchers find a new frog", a weather "advisory" and
     * "malicious" mail are not about attacks on models.
     */
    static final List<List<String>> ABOUT_ATTACKS_WEAK = List.of(List.of("researcher", "researchers"), List.of("players"),
            List.of("advisory", "advisories"), List.of("malicious"), List.of("attacks"),
            List.of("trick", "tricks", "tricked", "tricking"), List.of("exploit", "exploits", "exploited", "exploiting"),
            List.of("vulnerability", "vulnerabilities"), List.of("defenses", "defences"), List.of("filtering"));

    /** By vocabulary id: 0 for none, -1 for an about-attacks word, -2 for the first of a pair, g + 1 for weak group g. */
    static final byte NONE = 0;
    static final byte STRONG = -1;
    static final byte PAIR = -2;

    /**
     * True when the text has an {@link #ABOUT_ATTACKS} word (or pair), or words of two different
     * {@link #ABOUT_ATTACKS_WEAK} groups, outside double quotes (quote parity per line), at the start of a prose word
     * and not as a field name ({@code 'advisory':}). Reads the tokens' vocabulary ids, so a text without such words costs
     * one pass over its ids; quote parity is counted only up to the last candidate.
     *
     * @param kinds by vocabulary id, see {@link #STRONG}; {@code pairSecond} the id the second word of a pair must have
     */
    static boolean aboutAttacks(PromptInjectionDetector.Tokens t, CharSequence text, int from, int to, byte[] kinds,
            int[] pairSecond) {
        long weak = 0;
        int scanned = from;
        boolean inQuote = false;
        for (int i = 0; i < t.count; i++) {
            int id = t.ids[i];
            byte kind = id >= 0 ? kinds[id] : (t.marks[i] & PromptInjectionDetector.Tokens.UNSPACED) != 0
                    ? unspacedKind(text, t.starts[i], t.ends[i]) : (t.marks[i] & PromptInjectionDetector.Tokens.HYPHEN) != 0
                    || possessive(text, t.starts[i], t.ends[i]) ? partsKind(text, t.starts[i], t.ends[i]) : NONE;
            if (kind == NONE) {
                continue;
            }
            if (kind == PAIR && (id < 0 || i + 1 >= t.count || t.ids[i + 1] != pairSecond[id])) {
                continue;
            }
            int at = t.starts[i];
            for (; scanned < at; scanned++) {
                char c = text.charAt(scanned);
                if (c == '\n') {
                    inQuote = false;
                } else if (isDoubleQuote(text, scanned)) {
                    inQuote = !inQuote;
                }
            }
            if (inQuote || at > from && !wordStart(text.charAt(at - 1))
                    || fieldName(text, kind == PAIR ? t.ends[i + 1] : t.ends[i], to)) {
                continue;
            }
            if (kind < 0) {
                return true;
            }
            weak |= 1L << kind;
            if (Long.bitCount(weak) >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #ABOUT_ATTACKS} in scripts written without spaces (Chinese, Japanese, Korean, Thai), where the tokenizer
     * reads a run as one word: found inside the run.
     */
    static final List<String> ABOUT_ATTACKS_UNSPACED = List.of("提示注入", "提示词注入", "提示詞注入", "指令注入", "注入攻击",
            "注入攻擊", "越狱", "越獄", "攻击者", "攻擊者", "红队", "紅隊", "インジェクション", "ジェイルブレイク", "脱獄", "攻撃者",
            "レッドチーム", "인젝션", "탈옥", "공격자", "레드팀", "อินเจกชัน", "อินเจคชั่น", "อินเจ็กชัน", "ผู้โจมตี", "เจลเบรก");

    /**
     * @return {@link #STRONG} when the run {@code [s, e)} holds an {@link #ABOUT_ATTACKS_UNSPACED} word, else
     *         {@link #NONE}; one pass over the run, comparing only where a listed word's first character stands
     */
    private static byte unspacedKind(CharSequence text, int s, int e) {
        for (int k = s; k + 1 < e; k++) {
            if (UNSPACED_FIRSTS.indexOf(text.charAt(k)) < 0) {
                continue;
            }
            for (String w : ABOUT_ATTACKS_UNSPACED) {
                if (w.charAt(0) == text.charAt(k) && k + w.length() <= e && regionMatchesIgnoreCase(text, k, w)) {
                    return STRONG;
                }
            }
        }
        return NONE;
    }

    private static final String UNSPACED_FIRSTS = ABOUT_ATTACKS_UNSPACED.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());


    /** "attacker's", "attackers'": a possessive the tokenizer keeps in one word. */
    private static boolean possessive(CharSequence text, int s, int e) {
        char last = text.charAt(e - 1);
        return e - s > 3 && (last == '\'' || last == '\u2019'
                || (last == 's' || last == 'S') && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '\u2019'));
    }

    /**
     * The kind of a word read part by part: each part of a hyphenated word ("prompt-injection", "agent-injection-eval"),
     * without a possessive ending; {@link #STRONG} wins over a weak group; {@link #NONE} if no part is a listed word.
     */
    private static byte partsKind(CharSequence text, int s, int e) {
        byte kind = NONE;
        int partStart = s;
        for (int k = s; k <= e; k++) {
            if (k < e && text.charAt(k) != '-') {
                continue;
            }
            int partEnd = k;
            if (partEnd - partStart > 2 && (text.charAt(partEnd - 1) == '\'' || text.charAt(partEnd - 1) == '\u2019')) {
                partEnd--; // attackers'
            } else if (partEnd - partStart > 3 && (text.charAt(partEnd - 1) == 's' || text.charAt(partEnd - 1) == 'S')
                    && (text.charAt(partEnd - 2) == '\'' || text.charAt(partEnd - 2) == '\u2019')) {
                partEnd -= 2; // attacker's
            }
            if (partEnd - partStart >= 3 && partEnd - partStart <= 16) {
                Byte b = KIND_BY_WORD.get(text.subSequence(partStart, partEnd).toString().toLowerCase(Locale.ROOT));
                if (b != null && (kind == NONE || b == STRONG)) {
                    kind = b;
                }
            }
            partStart = k + 1;
        }
        return kind == PAIR ? NONE : kind;
    }

    private static final java.util.Map<String, Byte> KIND_BY_WORD = new java.util.HashMap<>();

    static {
        for (String w : ABOUT_ATTACKS) {
            KIND_BY_WORD.put(w, STRONG);
        }
        for (int g = 0; g < ABOUT_ATTACKS_WEAK.size(); g++) {
            for (String w : ABOUT_ATTACKS_WEAK.get(g)) {
                KIND_BY_WORD.put(w, (byte) (g + 1));
            }
        }
    }

    /** {@link #aboutAttacks(PromptInjectionDetector.Tokens, CharSequence, int, int, byte[], int[])} of a plain text. */
    static boolean aboutAttacks(CharSequence text, int from, int to) {
        return PromptInjectionDetector.rulesOnly().aboutAttacks(text, from, to);
    }

    /** True when a {@link #DISCUSSION} word occurs outside double quotes (quote parity is tracked per line). */
    private static boolean discusses(CharSequence text, int floor) {
        return hasWordOutsideQuotes(text, floor, Math.min(text.length(), floor + PromptInjectionDetector.MAX_SCAN_CHARS),
                DISCUSSION);
    }

    private static boolean hasWordOutsideQuotes(CharSequence text, int floor, int end, String[] words) {
        boolean inQuote = false;
        for (int k = floor; k < end; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                inQuote = false;
            } else if (isDoubleQuote(text, k)) {
                inQuote = !inQuote;
            } else if (!inQuote && Character.isLetter(c) && (k == floor || proseWordStart(text.charAt(k - 1)))) {
                for (String w : words) {
                    if (regionMatchesIgnoreCase(text, k, w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when a quote and a colon follow the word ending at {@code at}: a key of JSON or of a Python dict. */
    private static boolean fieldName(CharSequence text, int at, int end) {
        return at + 1 < end && (text.charAt(at) == '"' || text.charAt(at) == '\'') && text.charAt(at + 1) == ':';
    }

    /** {@link #proseWordStart} with an ASCII fast path: most characters follow a letter and are no word start. */
    private static boolean wordStart(char before) {
        if (before < 0x80) {
            boolean alnum = before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z' || before >= '0' && before <= '9';
            return !alnum && before != '.' && before != ':' && before != '/' && before != '@' && before != '_' && before != '\\';
        }
        return proseWordStart(before);
    }

    /** A word of prose starts here; not inside a host name, a path or an identifier ({@code img.attacker.example}). */
    private static boolean proseWordStart(char before) {
        return !Character.isLetterOrDigit(before) && ".:/@_\\".indexOf(before) < 0;
    }

    private static boolean regionMatchesIgnoreCase(CharSequence text, int at, String w) {
        if (at + w.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.toLowerCase(text.charAt(at + i)) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code at} is inside a double-quoted or backticked span whose opening quote follows an example marker. */
    static boolean quotedExample(CharSequence text, int floor, int at) {
        int limit = Math.max(floor, at - LOOK_BACK);
        int quotes = 0;
        int open = -1;
        for (int k = at - 1; k >= limit; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                break;
            }
            if (isQuote(text, k)) {
                if (quotes == 0) {
                    open = k;
                }
                quotes++;
            }
        }
        if (quotes % 2 == 0 || open < 0) {
            return false;
        }
        // the opening quote is the farthest unmatched one; look at the words in front of it
        int q = open;
        int k = q - 1;
        int quotesBefore = 0;
        for (int j = k; j >= limit && text.charAt(j) != '\n'; j--) {
            if (isQuote(text, j)) {
                quotesBefore++;
            }
        }
        if (quotesBefore % 2 == 1) {
            // an odd number before means 'open' closes a pair; find the real opening quote further back
            for (int j = q - 1; j >= limit; j--) {
                if (isQuote(text, j)) {
                    q = j;
                    break;
                }
            }
        }
        int from = Math.max(floor, q - 40);
        String before = text.subSequence(from, q + 1).toString().toLowerCase(Locale.ROOT);
        for (String o : LITERAL_OPENERS) {
            if (before.endsWith(o) && !htmlTextAttribute(before) && !logField(before)) {
                return true;
            }
        }
        for (String m : MARKERS) {
            int i = before.lastIndexOf(m);
            if (i >= 0 && (i == 0 || !Character.isLetter(before.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A double quote, curly quote or backtick that is not escaped ({@code \"} inside a string literal). */
    private static boolean isQuote(CharSequence text, int k) {
        return isDoubleQuote(text, k) || text.charAt(k) == '`' && (k == 0 || text.charAt(k - 1) != '\\');
    }

    /** {@code content="..."}, {@code alt="..."}: an HTML attribute whose value is text shown or read, not a code literal. */
    private static boolean htmlTextAttribute(String before) {
        for (String a : TEXT_ATTRIBUTES) {
            if (before.endsWith(a)) {
                return true;
            }
        }
        return false;
    }

    /** {@code notes="..."}, {@code msg="..."}: a log or record field whose value is text, not a code literal. */
    private static boolean logField(String before) {
        if (!before.endsWith("=\"")) {
            return false;
        }
        int e = before.length() - 2;
        int s = e;
        while (s > 0 && Character.isLetter(before.charAt(s - 1))) {
            s--;
        }
        return LOG_FIELDS.contains(before.substring(s, e));
    }

    private static final java.util.Set<String> LOG_FIELDS = java.util.Set.of("msg", "message", "notes", "note", "text",
            "comment", "description", "body", "content", "title", "summary", "reason", "detail", "details", "ua", "remarks");

    private static final String[] TEXT_ATTRIBUTES = {" content=\"", " alt=\"", " title=\"", " aria-label=\"",
        " placeholder=\""};

    /** {@code <IMPORTANT> tags}, {@code such as <system>}: the tag is the subject of the sentence, not a marker. */
    private static boolean namedTag(CharSequence text, int floor, int start, int end) {
        int k = end;
        while (k < text.length() && k < end + 3 && text.charAt(k) == ' ') {
            k++;
        }
        String after = text.subSequence(k, Math.min(text.length(), k + 10)).toString().toLowerCase(Locale.ROOT);
        if (after.startsWith("tag") || after.startsWith("element") || after.startsWith("marker") || after.startsWith("block")) {
            return true;
        }
        String before = text.subSequence(Math.max(floor, start - 16), start).toString().toLowerCase(Locale.ROOT);
        return before.endsWith("such as ") || before.endsWith("like ") || before.endsWith("e.g. ") || before.endsWith("the ")
                || before.endsWith("an ") || before.endsWith("a ");
    }
}
