package dev.jguard.mcp.core.sanitize;

import dev.jguard.mcp.core.lexicon.InstructionWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The character-level techniques of {@link PromptInjectionDetector}: chat-template tokens, fake role/priority tags,
 * role lines, placeholders in URLs, and destinations (URLs, e-mail addresses). One forward pass; every look-ahead is
 * bounded by a small constant.
 */
final class PunctuationHits {

    /** Tag names that are not HTML/XML vocabulary but prompt-format or priority markers. */
    private static final Set<String> FAKE_TAGS = Set.of("important", "system", "system_message", "sys", "instructions",
            "instruction", "information", "admin", "secret", "hidden", "prompt", "system_prompt", "assistant", "user", "human",
            "ai", "llm", "context", "tool_instructions", "user_instructions", "override", "directive", "note_to_ai",
            "critical", "urgent", "developer", "priority", "im_start", "im_end", "message", "important_instructions",
            "important_message", "instructions_for_ai", "ai_instructions", "info", "tool_output", "tool_result",
            "function_results");
    /** Chat template words used between {@code <|} and {@code |>}. */
    private static final Set<String> ROLE_WORDS = Set.of("system", "assistant", "user", "human", "ai", "instruction",
            "instructions", "system_message", "admin", "developer", "sys", "important");
    private static final int MAX_NAME = 32;

    /**
     * ASCII characters that neither start a technique in {@link #find} nor end a line nor are quotes: the pass skips
     * them.
     */
    private static final boolean[] PLAIN = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            PLAIN[c] = "\n\"`<[#@:,hH=+wW".indexOf(c) < 0;
        }
    }

    private PunctuationHits() {
    }

    /** Whether an 'h' or 'w' at {@code i} cannot start a URL: "http" needs a 't' next, "www." a 'w' (common letters). */
    private static boolean noUrlAt(CharSequence text, int i, int to) {
        char c = (char) (text.charAt(i) | 0x20);
        return (c == 'h' || c == 'w') && (i + 1 >= to || (text.charAt(i + 1) | 0x20) != (c == 'h' ? 't' : 'w'));
    }

    /**
     * @return true when the text has a double quote, curly or low quote, guillemet or backtick (only then can a hit be a
     *         quoted mention)
     */
    static boolean find(CharSequence text, int from, int to, List<PromptInjectionDetector.Hit> hits) {
        int first = hits.size();
        boolean lineStart = true;
        boolean quotes = false;
        boolean kana = false; // a character from the kana block up: the CJK techniques need a look (put first, as before)
        for (int i = from; i < to; i++) {
            if (!lineStart) { // most characters start no technique: skip them with one table load each
                while (i < to && text.charAt(i) < 0x80 && (PLAIN[text.charAt(i)] || noUrlAt(text, i, to))) {
                    i++;
                }
                if (i == to) {
                    break;
                }
            }
            char c = text.charAt(i);
            quotes |= c == '"' || c == '`' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
            kana |= c >= 0x3040;
            if (lineStart && c != '\n') {
                roleLine(text, i, to, hits);
            }
            lineStart = c == '\n';
            switch (c) {
                case '<' -> angle(text, i, to, hits);
                case '[' -> square(text, i, to, hits);
                case '#' -> {
                    // "###(system_message)" inside a line as well as at its start
                    if (!lineStart && startsWithIgnoreCase(text, i, to, "#(system")) {
                        hits.add(new PromptInjectionDetector.Hit("template.paren", InjectionRules.TEMPLATE, 1.0, i, i + 8));
                    }
                }
                case '@' -> email(text, i, from, to, hits);
                case ':' -> vocative(text, i, from, hits);
                case ',' -> commaVocative(text, i, from, hits);
                case 'h', 'H' -> url(text, i, to, hits);
                case '=' -> base64(text, i, from, hits);
                case '+' -> concatenation(text, i, from, to, hits);
                case 'w', 'W' -> {
                    if (i + 1 < to && (text.charAt(i + 1) | 0x20) == 'w' && startsWith(text, i, to, "www.")
                            && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                        hits.add(new PromptInjectionDetector.Hit("dest.url", InjectionRules.DESTINATION, 0.4, i, i + 4));
                    }
                }
                default -> {
                }
            }
        }
        if (kana) {
            List<PromptInjectionDetector.Hit> cjk = new java.util.ArrayList<>();
            cjk(text, from, to, cjk);
            hits.addAll(first, cjk);
        }
        return quotes;
    }

    /**
     * Payload splitting: single-letter variables joined twice ({@code z = c + a + b}), the recombination of a split
     * instruction (weak on its own); {@code plus} is the first {@code +}.
     */
    private static void concatenation(CharSequence text, int plus, int from, int to, List<PromptInjectionDetector.Hit> hits) {
        int a = skipBack(text, plus, from);
        if (a < 0 || !loneLetter(text, a, from, to)) {
            return;
        }
        int b = skipForward(text, plus + 1, to);
        if (b < 0 || !loneLetter(text, b, from, to)) {
            return;
        }
        int plus2 = skipForward(text, b + 1, to);
        if (plus2 < 0 || text.charAt(plus2) != '+') {
            return;
        }
        int c = skipForward(text, plus2 + 1, to);
        if (c >= 0 && loneLetter(text, c, from, to)) {
            hits.add(new PromptInjectionDetector.Hit("obfuscated.concat", InjectionRules.OBFUSCATED, 0.4, a, c + 1));
        }
    }

    /** @return the index of the first non-blank char at or after {@code k} (within 2), or -1 */
    private static int skipForward(CharSequence text, int k, int to) {
        int limit = Math.min(to, k + 3);
        for (int j = k; j < limit; j++) {
            if (text.charAt(j) != ' ') {
                return j;
            }
        }
        return -1;
    }

    /** @return the index of the last non-blank char before {@code k} (within 2), or -1 */
    private static int skipBack(CharSequence text, int k, int from) {
        for (int j = k - 1; j >= Math.max(from, k - 3); j--) {
            if (text.charAt(j) != ' ') {
                return j;
            }
        }
        return -1;
    }

    private static boolean loneLetter(CharSequence text, int k, int from, int to) {
        char c = text.charAt(k);
        return (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && (k == from || !isNameChar(text.charAt(k - 1)))
                && (k + 1 >= to || !isNameChar(text.charAt(k + 1)));
    }

    /** A padded base64 run of at least 20 characters ending at {@code =}: an encoded payload (weak on its own). */
    private static void base64(CharSequence text, int eq, int from, List<PromptInjectionDetector.Hit> hits) {
        if (eq + 1 < text.length() && (text.charAt(eq + 1) == '=' || isNameChar(text.charAt(eq + 1)))) {
            return; // "==": the last '=' decides; "a=b": an assignment
        }
        int s = eq;
        while (s > from && eq - s < 400 && (text.charAt(s - 1) == '=' && eq - s < 2 || isBase64(text.charAt(s - 1)))) {
            s--;
        }
        int len = eq - s;
        if (len >= 20 && len < 400 && (s == from || !isNameChar(text.charAt(s - 1)))) {
            boolean upper = false;
            boolean lower = false;
            for (int k = s; k < eq; k++) {
                char c = text.charAt(k);
                upper |= c >= 'A' && c <= 'Z';
                lower |= c >= 'a' && c <= 'z';
            }
            if (upper && lower) {
                hits.add(new PromptInjectionDetector.Hit("obfuscated.base64", InjectionRules.OBFUSCATED, 0.3, s, eq + 1));
            }
        }
    }

    private static boolean isBase64(char c) {
        return isNameChar(c) && c != '_' || c == '+' || c == '/';
    }

    private static final Set<String> SPOKEN = Set.of(InjectionRules.OUTPUT, InjectionRules.ADDRESS, InjectionRules.TASK,
            InjectionRules.CONCEAL, InjectionRules.OVERRIDE, InjectionRules.LEAK, InjectionRules.ROLEPLAY, InjectionRules.PERSONA,
            InjectionRules.REQUEST, InjectionRules.SECRET, InjectionRules.EXFIL);

    /** True when a word-level hit of an instruction to the reader lies inside [from, to]. */
    private static boolean spokenInside(List<PromptInjectionDetector.Hit> hits, int from, int to) {
        for (PromptInjectionDetector.Hit h : hits) {
            if (h.start() >= from && h.end() <= to && SPOKEN.contains(h.category())
                    && (h.weight() >= 0.5 || !InjectionRules.EXFIL.equals(h.category()))) {
                return true;
            }
        }
        return false;
    }

    /** The techniques of {@link InstructionWords#cjk}: name, category and weight. */
    private static final String[][] CJK_TECHNIQUES = {{"override", InjectionRules.OVERRIDE, "1.0"},
        {"conceal", InjectionRules.CONCEAL, "0.8"}, {"exfiltration", InjectionRules.EXFIL, "0.6"},
        {"sensitive", InjectionRules.SECRET, "0.6"}, {"if-you-are-ai", InjectionRules.ADDRESS, "1.0"},
        {"to-the-ai", InjectionRules.ADDRESS, "0.8"}, {"new-task", InjectionRules.TASK, "0.6"}};

    /** Chinese and Japanese phrases of the shared techniques (no word boundaries there). */
    static void cjk(CharSequence text, int from, int to, List<PromptInjectionDetector.Hit> hits) {
        CharSequence part = text.subSequence(from, to);
        if (!InstructionWords.hasCjk(part)) {
            return;
        }
        String lower = part.toString().toLowerCase(Locale.ROOT);
        for (String[] t : CJK_TECHNIQUES) {
            String span = InstructionWords.cjk(lower, t[0]);
            if (span != null) {
                int at = Math.max(0, lower.indexOf(span));
                hits.add(new PromptInjectionDetector.Hit("cjk." + t[0], t[1], Double.parseDouble(t[2]), from + at,
                        from + at + span.length()));
            }
        }
    }

    /** {@code <|im_start|>}, {@code <<SYS>>}, {@code <IMPORTANT>}, {@code </system>}, {@code <start_of_turn>}. */
    private static void angle(CharSequence text, int i, int to, List<PromptInjectionDetector.Hit> hits) {
        int j = i + 1;
        if (j < to && text.charAt(j) == '|') {
            int end = indexOf(text, j + 1, Math.min(to, j + 1 + MAX_NAME), '|');
            if (end > j + 1 && end + 1 < to && text.charAt(end + 1) == '>') {
                hits.add(new PromptInjectionDetector.Hit("template.pipe", InjectionRules.TEMPLATE, 1.0, i, end + 2));
            }
            return;
        }
        if (startsWithIgnoreCase(text, i, to, "<!--")) {
            // an HTML comment: invisible on the rendered page, read by a model (weak alone: pages carry TODO comments)
            // counts only when the comment itself says something to the reader (the word-level hits come first)
            int end = indexOf(text, i + 4, Math.min(to, i + 4 + 2000), '>');
            if (end > 0 && spokenInside(hits, i, end)) {
                hits.add(new PromptInjectionDetector.Hit("hidden.html-comment", InjectionRules.HIDDEN_COMMENT, 0.5, i, end + 1));
            }
            return;
        }
        if (startsWithIgnoreCase(text, i, to, "<<sys>>") || startsWithIgnoreCase(text, i, to, "<</sys>>")
                || startsWithIgnoreCase(text, i, to, "<start_of_turn>") || startsWithIgnoreCase(text, i, to, "<end_of_turn>")) {
            hits.add(new PromptInjectionDetector.Hit("template.sys", InjectionRules.TEMPLATE, 1.0, i, i + 7));
            return;
        }
        if (j < to && text.charAt(j) == '/') {
            j++;
        }
        int s = j;
        while (j < to && j - s <= MAX_NAME && isNameChar(text.charAt(j))) {
            j++;
        }
        if (j > s && j < to && text.charAt(j) == '>') {
            String name = text.subSequence(s, j).toString().toLowerCase(Locale.ROOT);
            if (FAKE_TAGS.contains(name)) {
                hits.add(new PromptInjectionDetector.Hit("tag." + name, InjectionRules.FAKE_TAG, 0.5, i, j + 1));
            }
        } else if (j > s && j < to && text.charAt(j) == ' ' && text.charAt(s - 1) == '<') {
            hiddenElement(text, i, j, to, hits);
        }
    }

    private static final int MAX_TAG = 400;
    /** Inline styles that hide an element's text from the page's reader (white on white, zero size, off screen). */
    private static final String[] HIDING_STYLES = {"font-size:0", "font-size:1px", "display:none", "visibility:hidden",
        "opacity:0", "color:#fff", "color:white", "color:#fefefe", "color:transparent",
        "left:-9999", "text-indent:-9999", "height:0", "width:0", "max-height:0"};

    /**
     * An element whose inline style hides its text ({@code <p style="font-size:0">}, {@code <span style="color:#fff">}):
     * weak alone (pages hide menus), it counts when the hidden text itself says something to the reader.
     */
    private static void hiddenElement(CharSequence text, int i, int attrs, int to, List<PromptInjectionDetector.Hit> hits) {
        int close = indexOf(text, attrs, Math.min(to, attrs + MAX_TAG), '>');
        if (close < 0) {
            return;
        }
        StringBuilder style = null;
        for (int k = attrs; k < close; k++) {
            if (startsWithIgnoreCase(text, k, close, "style=")) {
                style = new StringBuilder(close - k);
                for (int m = k + 6; m < close; m++) {
                    char c = text.charAt(m);
                    if (c != ' ') {
                        style.append(Character.toLowerCase(c));
                    }
                }
                break;
            }
        }
        if (style == null) {
            return;
        }
        String css = style.toString();
        boolean hiding = false;
        for (String h : HIDING_STYLES) {
            int at = css.indexOf(h);
            // a whole value: "font-size:0" but not "font-size:0.9em", "color:#fff" but not "color:#fff3e0"
            // and a property of its own: "background-color:#fff" is an ordinary white background
            hiding |= at >= 0 && (at + h.length() == css.length() || "0123456789abcdef.".indexOf(css.charAt(at + h.length())) < 0)
                    && (at == 0 || "\"';".indexOf(css.charAt(at - 1)) >= 0);
        }
        if (!hiding) {
            return;
        }
        int end = indexOf(text, close + 1, Math.min(to, close + 1 + 2000), '<');
        if (end > 0 && spokenInside(hits, close + 1, end)) {
            hits.add(new PromptInjectionDetector.Hit("hidden.css", InjectionRules.HIDDEN_COMMENT, 0.5, i, end));
        }
    }

    /** {@code [INST]}, {@code [/INST]}, {@code [system](#...)}, {@code [SYSTEM]}, {@code [ADMIN MESSAGE ...]}. */
    private static void square(CharSequence text, int i, int to, List<PromptInjectionDetector.Hit> hits) {
        if (startsWithIgnoreCase(text, i, to, "[inst]") || startsWithIgnoreCase(text, i, to, "[/inst]")) {
            hits.add(new PromptInjectionDetector.Hit("template.inst", InjectionRules.TEMPLATE, 1.0, i, i + 6));
            return;
        }
        int j = i + 1;
        int s = j;
        while (j < to && j - s <= MAX_NAME && isNameChar(text.charAt(j))) {
            j++;
        }
        if (j > s && j < to && (text.charAt(j) == ']' || text.charAt(j) == ' ')) {
            String name = text.subSequence(s, j).toString().toLowerCase(Locale.ROOT);
            if (ROLE_WORDS.contains(name)) {
                boolean bingStyle = text.charAt(j) == ']' && j + 2 < to && text.charAt(j + 1) == '(' && text.charAt(j + 2) == '#';
                hits.add(new PromptInjectionDetector.Hit("tag.bracket", bingStyle ? InjectionRules.TEMPLATE
                        : InjectionRules.FAKE_TAG, bingStyle ? 1.0 : 0.5, i, j + 1));
            }
        }
    }

    /** A line that starts with a role label: {@code System:}, {@code ### Instruction:}, {@code ###(system_message)}. */
    private static void roleLine(CharSequence text, int i, int to, List<PromptInjectionDetector.Hit> hits) {
        int j = i;
        int limit = Math.min(to, i + 8);
        while (j < limit && (text.charAt(j) == ' ' || text.charAt(j) == '#' || text.charAt(j) == '*' || text.charAt(j) == '>'
                || text.charAt(j) == '(' || text.charAt(j) == '=' || text.charAt(j) == '-')) {
            j++;
        }
        int s = j;
        while (j < to && j - s <= MAX_NAME && isNameChar(text.charAt(j))) {
            j++;
        }
        if (j == s || j >= to) {
            return;
        }
        char after = text.charAt(j);
        if (after != ':' && after != ')') {
            return;
        }
        String name = text.subSequence(s, j).toString().toLowerCase(Locale.ROOT);
        if (ROLE_WORDS.contains(name)) {
            if (after == ')' && s > i && text.charAt(s - 1) == '(' && name.startsWith("system")) {
                // "###(system_message)": a pseudo channel marker, not a transcript label
                hits.add(new PromptInjectionDetector.Hit("template.paren", InjectionRules.TEMPLATE, 1.0, i, j + 1));
                return;
            }
            boolean user = name.equals("user") || name.equals("human");
            // a transcript's "Assistant:" label is ordinary in chat exports; "System:" is not
            boolean speaker = name.equals("assistant") || name.equals("ai");
            hits.add(new PromptInjectionDetector.Hit("role-line." + name, user ? InjectionRules.ROLE_USER
                    : InjectionRules.ROLE_LINE, user || speaker ? 0.4 : 0.6, i, j + 1));
        }
    }

    /** An http(s) URL; a placeholder in its query (=DATA, ={x}, =[x], =&lt;x&gt;, =$x) marks a data-smuggling template. */
    private static void url(CharSequence text, int i, int to, List<PromptInjectionDetector.Hit> hits) {
        int j;
        if (startsWithIgnoreCase(text, i, to, "https://")) {
            j = i + 8;
        } else if (startsWithIgnoreCase(text, i, to, "http://")) {
            j = i + 7;
        } else {
            return;
        }
        int limit = Math.min(to, j + 2048);
        boolean placeholder = false;
        while (j < limit) {
            char c = text.charAt(j);
            if (Character.isWhitespace(c) || c == ')' || c == '"' || c == '\'' || c == '`') {
                break;
            }
            if (c == '=' && j + 1 < limit) {
                char v = text.charAt(j + 1);
                if (v == '[' || v == '{' || v == '<' || v == '$' || allCapsWord(text, j + 1, limit)) {
                    placeholder = true;
                }
            }
            j++;
        }
        // the target of a markdown link whose text is a reference ([#41015](https://...), [`2a24e76`](https://...)) cites
        // a source, as changelogs do on every line; it is not where data is sent
        boolean citation = i >= 2 && text.charAt(i - 1) == '(' && text.charAt(i - 2) == ']' && referenceLink(text, i - 2);
        int hostStart = text.charAt(i + 4) == 's' || text.charAt(i + 4) == 'S' ? i + 8 : i + 7;
        int hostEnd = hostStart;
        while (hostEnd < j && text.charAt(hostEnd) != '/' && text.charAt(hostEnd) != '?' && text.charAt(hostEnd) != ':'
                && text.charAt(hostEnd) != '#') {
            hostEnd++;
        }
        boolean placeholderHost = documentationHost(text, hostStart, hostEnd);
        if (!placeholderHost) {
            hits.add(new PromptInjectionDetector.Hit("dest.url", InjectionRules.DESTINATION, citation ? 0.1 : 0.4, i, j));
        }
        if (placeholder) {
            hits.add(new PromptInjectionDetector.Hit("url.placeholder", InjectionRules.URL_PLACEHOLDER, 0.6, i, j));
        }
    }

    /** True when the markdown link text that ends at {@code close} is a reference: {@code #123}, a backticked hash. */
    private static boolean referenceLink(CharSequence text, int close) {
        int k = close - 1;
        int limit = Math.max(0, close - 24);
        while (k > limit && text.charAt(k) != '[') {
            k--;
        }
        if (text.charAt(k) != '[') {
            return false;
        }
        int hex = 0;
        int digits = 0;
        int other = 0;
        for (int m = k + 1; m < close; m++) {
            char c = text.charAt(m);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
                hex++;
            } else if (c != '`' && c != '#' && c != '.' && c != 'v') {
                other++;
            }
        }
        return other == 0 && digits > 0 && hex + digits <= 40; // #41015, `2a24e763d5`, v16.4.0
    }

    /**
     * An all-caps query value that names the data to smuggle ({@code ?q=DATA}, {@code &c=CONVERSATION}); documentation
     * placeholders such as {@code ?author=GITHUB_ID} or {@code ?product=XCB} name something else.
     */
    private static boolean allCapsWord(CharSequence text, int s, int limit) {
        int j = s;
        while (j < limit && j - s <= 64 && (text.charAt(j) >= 'A' && text.charAt(j) <= 'Z' || text.charAt(j) == '_')) {
            j++;
        }
        if (j - s < 3 || j < limit && Character.isLetterOrDigit(text.charAt(j))) {
            return false;
        }
        String token = text.subSequence(s, j).toString();
        if (token.startsWith("YOUR") || token.startsWith("MY_")) {
            return false; // ?key=YOUR_API_KEY: the reader's own value, filled in by hand
        }
        for (String part : token.split("_")) {
            if (SMUGGLED.contains(part)) {
                return true; // DATA, USER_EMAIL, CHAT_SUMMARY, INSERT_THE_USERS_LAST_MESSAGES
            }
        }
        return false;
    }

    private static final Set<String> SMUGGLED = Set.of("DATA", "SECRET", "SECRETS", "PASSWORD", "PASSWORDS", "SUMMARY",
            "CONVERSATION", "HISTORY", "CHAT", "CONTEXT", "INFO", "INFORMATION", "MESSAGE", "MESSAGES", "EMAIL", "EMAILS",
            "CONTENT", "CONTENTS", "MEMORY", "PROMPT", "ANSWER", "RESPONSE", "RESULT", "RESULTS", "OUTPUT", "INPUT", "TEXT",
            "DETAILS", "PII", "CREDENTIALS", "TOKEN", "TOKENS", "KEY", "KEYS", "FILE", "FILES", "SSN", "ADDRESS", "PHONE",
            "CODE", "OTP", "PIN", "DOCUMENT", "NOTES", "QUERY");

    /** Words that, right before a colon, address the model ("AI assistant: ...", "Note to the LLM: ..."). */
    private static final Set<String> ADDRESSEES = Set.of("assistant", "ai", "llm", "chatbot", "gpt", "chatgpt", "claude",
            "copilot", "gemini", "llms", "assistants", "agents", "asistente", "assistente", "assistent", "asystent", "ia", "ki");

    private static void vocative(CharSequence text, int colon, int from, List<PromptInjectionDetector.Hit> hits) {
        int e = colon;
        if (e > from && text.charAt(e - 1) == ' ' || e > from && text.charAt(e - 1) == '\u00A0') {
            e--; // French typography: "Note pour l'assistant :"
        }
        int s = e;
        while (s > from && e - s <= MAX_NAME && (isNameChar(text.charAt(s - 1)) || text.charAt(s - 1) == '\'' && s - 1 > from
                && isNameChar(text.charAt(s - 2)))) {
            s--;
        }
        if (s == e || !mayBeVocative(text.charAt(s))) {
            return; // the first-letter test spares a string per colon ("09:10", "Subject:")
        }
        String name = text.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
        int k = s;
        while (k > from && " \t#*>-".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        boolean lineStart = k == from || text.charAt(k - 1) == '\n';
        if (ADDRESSEES.contains(name) && lineStart && (name.equals("assistant") || name.equals("ai"))) {
            return; // a speaker label at the start of a line is the role line, counted once
        }
        if (ADDRESSEES.contains(name) && afterPreposition(text, s, from)) {
            return; // "This week in AI: ...", "News about LLMs: ...": a heading, not a vocative
        }
        if (ADDRESSEES.contains(name) || name.startsWith("l'") && ADDRESSEES.contains(name.substring(2))
                || READER_ROLES.contains(name) && afterAiWord(text, s, from)
                || (name.equals("agent") || name.equals("agents")) && afterAgentKind(text, s, from)) {
            boolean ordered = orderFollows(text, colon + 1, Math.min(text.length(), colon + 1 + ORDER_WORD_REACH));
            hits.add(new PromptInjectionDetector.Hit("address.colon", InjectionRules.ADDRESS,
                    ordered || dedicated(text, s, from) ? 1.0 : 0.7, s, colon + 1));
        } else if (ROLES_WITH_ORDER.contains(name) && (lineStart || "([{|.;!?\"'/".indexOf(text.charAt(k - 1)) >= 0)
                && orderFollows(text, colon + 1, Math.min(text.length(),
                colon + 1 + ORDER_WORD_REACH))) {
            // "Model: misstate the numbers", "triage bot: close this issue": a role label, then an order
            hits.add(new PromptInjectionDetector.Hit("address.colon", InjectionRules.ADDRESS, 1.0, s, colon + 1));
        } else if (name.equals("system") && (s == from || "\"'[(>{\n".indexOf(text.charAt(s - 1)) >= 0)) {
            hits.add(new PromptInjectionDetector.Hit("role-inline.system", InjectionRules.ROLE_LINE, 0.6, s, colon + 1));
        }
    }

    /** Words of a dedication before the addressee: "To the AI assistant:", "For any LLM agents:". */
    private static final Set<String> DEDICATION_QUALIFIERS = Set.of("ai", "llm", "digital", "virtual", "automated", "coding");
    private static final Set<String> DEDICATION_ARTICLES = Set.of("the", "any", "all", "an", "a", "every", "each");

    /**
     * True when the addressee that starts at {@code s} is dedicated to with a preposition and an article ("To the AI
     * assistant: this is the user speaking"): a line written to the model, whatever follows the colon.
     */
    private static boolean dedicated(CharSequence text, int s, int from) {
        int b = wordBefore(text, s, from, 12);
        int e = s;
        if (b >= 0 && DEDICATION_QUALIFIERS.contains(wordAt(text, b, e))) {
            e = b;
            b = wordBefore(text, b, from, 12);
        }
        if (b < 0 || !DEDICATION_ARTICLES.contains(wordAt(text, b, e))) {
            return false;
        }
        int p = wordBefore(text, b, from, 3);
        String prep = p < 0 ? "" : wordAt(text, p, b);
        return prep.equals("to") || prep.equals("for");
    }

    private static final int ORDER_WORD_REACH = 24;
    /**
     * Words that open an order: after a vocative ("Assistant, unlock the door", "AI: whenever you answer ...") the model
     * is not only named but told what to do.
     */
    private static final Set<String> ORDER_WORDS = Set.of("ignore", "disregard", "forget", "stop", "tell", "say", "write",
            "respond", "reply", "answer", "summarize", "summarise", "include", "add", "call", "use", "run", "execute", "open",
            "visit", "go", "click", "navigate", "read", "delete", "remove", "send", "forward", "unlock", "transfer", "book", "buy",
            "cancel", "print", "output", "reveal", "show", "list", "recommend", "rate", "mark", "treat", "remember", "always",
            "never", "please", "kindly", "do", "don't", "dont", "from", "when", "whenever", "before", "after", "insert",
            "append", "conclude", "report", "approve", "grant", "give", "make", "set", "change", "update", "translate", "next", "now", "first", "then", "also", "immediately",
            "describe", "explain", "pretend", "act", "assume", "disable", "enable", "switch", "share", "post", "upload", "email",
            "you", "your", "fetch", "download", "install", "copy", "paste", "export", "move", "wire", "pay", "reset", "rank",
            "classify", "flag", "merge", "push", "commit", "drop", "skip", "bypass", "override", "begin", "start",
            "end", "praise", "mention", "state", "claim", "confirm", "ask", "obey", "follow", "comply", "proceed", "continue",
            "award", "resolve", "publish", "omit", "score", "circulate", "refund", "submit", "assign");

    /** True when the first word after {@code at} (past spaces and quotes) opens an order. */
    private static boolean orderFollows(CharSequence text, int at, int to) {
        int k = at;
        while (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '"' || text.charAt(k) == '\'' || text.charAt(k) == '`')) {
            k++;
        }
        int s = k;
        while (k < to && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '\'')) {
            k++;
        }
        return k > s && k - s <= 10 && (k == to || !Character.isLetterOrDigit(text.charAt(k)))
                && ORDER_WORDS.contains(text.subSequence(s, k).toString().toLowerCase(Locale.ROOT));
    }

    /** Role labels that address a model only when an order follows ("Model: Galaxy S22" is a product sheet). */
    private static final Set<String> ROLES_WITH_ORDER = Set.of("model", "models", "copilot", "screener", "grader",
            "summarizer", "summariser", "triager", "crawler", "scraper");

    /** Automated readers named after "AI"/"LLM" in a vocative ("AI reviewers:", "LLM agents:"). */
    private static final Set<String> READER_ROLES = Set.of("reviewers", "reviewer", "readers", "reader", "agents", "agent",
            "summarizers", "summarisers", "models", "systems", "tools", "crawlers", "scrapers", "bots", "screeners", "recruiters",
            "analyst", "analysts", "fixers", "fixer");

    /**
     * Kinds of software agent named before "agent" in a vocative ("Web agent: ...", "Coding agents: ...", "LLM-agent:"); a bare
     * "Agent:" is the support agent of a chat transcript.
     */
    private static final Set<String> AGENT_KINDS = Set.of("web", "browser", "browsing", "coding", "shopping", "autonomous",
            "automated", "research", "computer-use", "llm", "ai");

    private static boolean afterAgentKind(CharSequence text, int s, int from) {
        int e = s > from && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '-') ? s - 1 : s; // "LLM-agent:"
        int b = e;
        while (b > from && e - b < 12 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '-')) {
            b--;
        }
        return e < s && b < e && (b == from || !Character.isLetter(text.charAt(b - 1)))
                && AGENT_KINDS.contains(text.subSequence(b, e).toString().toLowerCase(Locale.ROOT));
    }

    /** True when one of the two words before {@code s} is "AI", "LLM" or "GPT" ("AI reviewers:", "AI mail agent:"). */
    private static boolean afterAiWord(CharSequence text, int s, int from) {
        int b = wordBefore(text, s, from, 3);
        if (b >= 0 && isAiWord(text, b, s)) {
            return true;
        }
        int b2 = wordBefore(text, s, from, 16);
        return b2 >= 0 && (b = wordBefore(text, b2, from, 3)) >= 0 && isAiWord(text, b, b2);
    }

    /**
     * @return the start of the whole word of at most {@code max} letters that ends right before {@code s} (past one
     *     blank), or -1 when there is none
     */
    private static int wordBefore(CharSequence text, int s, int from, int max) {
        int e = s > from && text.charAt(s - 1) == ' ' ? s - 1 : s;
        int b = e;
        while (b > from && e - b < max && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b == e || e == s || b > from && Character.isLetter(text.charAt(b - 1)) ? -1 : b;
    }

    /** The word at {@code b} (ending before the blank at or before {@code s}) is "AI", "LLM" or "GPT". */
    private static boolean isAiWord(CharSequence text, int b, int s) {
        String w = wordAt(text, b, s);
        return w.equals("ai") || w.equals("llm") || w.equals("gpt");
    }

    /** The lower-cased word found by {@link #wordBefore} at {@code b}, for the {@code s} it was asked about. */
    private static String wordAt(CharSequence text, int b, int s) {
        int e = text.charAt(s - 1) == ' ' ? s - 1 : s;
        return text.subSequence(b, e).toString().toLowerCase(Locale.ROOT);
    }

    /** "Assistant, stop summarizing ...": the model named at the start of a sentence, then a comma. */
    private static void commaVocative(CharSequence text, int comma, int from, List<PromptInjectionDetector.Hit> hits) {
        int s = comma;
        while (s > from && comma - s <= MAX_NAME && isNameChar(text.charAt(s - 1))) {
            s--;
        }
        if (comma - s < 2 || comma - s > 10 || "aAlLcCgG".indexOf(text.charAt(s)) < 0
                || !ADDRESSEES.contains(text.subSequence(s, comma).toString().toLowerCase(Locale.ROOT))) {
            return; // the first-letter test spares a string per comma (addressees start with a, l, c or g)
        }
        int k = s;
        while (k > from && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        char before = k == from ? '\n' : text.charAt(k - 1);
        if (before == '\n' || before == '.' || before == '!' || before == '?' || before == '"' || before == '>' || before == ':') {
            hits.add(new PromptInjectionDetector.Hit("address.comma", InjectionRules.ADDRESS,
                    orderFollows(text, comma + 1, Math.min(text.length(), comma + 1 + ORDER_WORD_REACH)) ? 1.0 : 0.6, s, comma + 1));
        }
    }

    /** @return whether a word starting with {@code c} can be an addressee, a reader role or "system" before a colon */
    private static boolean mayBeVocative(char c) {
        char l = c < 0x80 ? (char) (c | 0x20) : c;
        return l >= 0x80 || l < VOCATIVE_FIRST.length && VOCATIVE_FIRST[l];
    }

    private static final boolean[] VOCATIVE_FIRST = new boolean[128];

    static {
        java.util.List<String> all = new java.util.ArrayList<>(ADDRESSEES);
        all.addAll(READER_ROLES);
        all.addAll(ROLES_WITH_ORDER);
        all.add("system");
        all.add("l'");
        for (String w : all) {
            char c = w.charAt(0);
            if (c < 128) {
                VOCATIVE_FIRST[c] = true;
            }
        }
    }

    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("in", "on", "about", "of", "with", "and", "&", "into");

    /** True when the word before {@code s} (on the same line) is a topic preposition ("in AI", "about LLMs"). */
    private static boolean afterPreposition(CharSequence text, int s, int from) {
        int e = s;
        while (e > from && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > from && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '&')) {
            b--;
        }
        return b < e && e < s && TOPIC_PREPOSITIONS.contains(text.subSequence(b, e).toString().toLowerCase(Locale.ROOT));
    }

    /** An e-mail address around {@code @}, or a chat mention of the model ({@code @assistant please invite ...}). */
    private static void email(CharSequence text, int at, int from, int to, List<PromptInjectionDetector.Hit> hits) {
        if (at == from || !isLocalChar(text.charAt(at - 1))) {
            int e = at + 1;
            while (e < to && e - at <= MAX_NAME && isNameChar(text.charAt(e))) {
                e++;
            }
            String name = text.subSequence(at + 1, e).toString().toLowerCase(Locale.ROOT);
            boolean compound = e + 1 < to && text.charAt(e) == '-' && (name.equals("ai") || name.equals("llm"))
                    && Character.isLetter(text.charAt(e + 1)); // "@ai-agent", "@ai-reviewer"
            if (e > at + 1 && (e == to || !isLocalChar(text.charAt(e)) || text.charAt(e) == '.' || compound)
                    && ADDRESSEES.contains(name)) {
                hits.add(new PromptInjectionDetector.Hit("address.mention", InjectionRules.ADDRESS, 0.7, at, e));
            }
            return;
        }
        int s = at;
        while (s > from && at - s < 64 && isLocalChar(text.charAt(s - 1))) {
            s--;
        }
        int e = at + 1;
        boolean dot = false;
        while (e < to && e - at < 255 && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '.')) {
            dot |= text.charAt(e) == '.';
            e++;
        }
        if (s < at && dot && e > at + 3) {
            if (!documentationHost(text, at + 1, e)) { // you@example.com in a how-to is a placeholder
                hits.add(new PromptInjectionDetector.Hit("dest.email", InjectionRules.DESTINATION, 0.4, s, e));
            }
        }
    }

    /**
     * True for the hosts reserved for documentation (RFC 2606: example.com, example.org, example.net and their
     * subdomains): {@code you@example.com} in a how-to is a placeholder, not a destination.
     */
    private static boolean documentationHost(CharSequence text, int s, int e) {
        while (e > s && text.charAt(e - 1) == '.') {
            e--;
        }
        String host = text.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
        for (String d : new String[] {"example.com", "example.org", "example.net"}) {
            if (host.equals(d) || host.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+';
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9';
    }

    private static int indexOf(CharSequence text, int from, int to, char c) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    private static boolean startsWith(CharSequence text, int i, int to, String s) {
        if (i + s.length() > to) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (text.charAt(i + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(CharSequence text, int i, int to, String lower) {
        if (i + lower.length() > to) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(i + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
