package dev.jguard.mcp.core.sanitize;

import dev.jguard.mcp.api.detect.Detector;
import dev.jguard.mcp.api.detect.Finding;
import dev.jguard.mcp.api.detect.FindingTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds instruction-like text aimed at the model inside tool results, documents and errors: dismissing earlier
 * instructions, chat-template and fake role markers, addressing "the AI reading this", re-tasking ("before you answer,
 * first ..."), hiding actions from the user, moving secrets or conversation data to a URL or address, asking for the
 * system prompt, and steering the model's own answer. Reports {@link FindingTypes#PROMPT_INJECTION} spans that cover
 * the sentences involved.
 *
 * <p>How it decides: one pass splits the text into lower-cased word tokens and sentences and also looks for
 * punctuation-level techniques (template tokens such as {@code <|im_start|>} or {@code [INST]}, fake
 * {@code <IMPORTANT>}/{@code <system>} tags, {@code System:} role lines, placeholders in markdown image URLs, URLs and
 * e-mail addresses). Each technique is a category with a weight; hits closer than {@value #CLUSTER_GAP} characters form
 * a cluster, and a cluster whose distinct categories add up to at least 1.0 is reported. Strong techniques report
 * alone; weak ones only together, which keeps ordinary e-mails ("please ignore this e-mail"), documentation ("call the
 * {@code parse} function") and code quiet. Phrases quoted as examples ({@code such as "ignore previous instructions"})
 * and tags named as such ({@code <IMPORTANT> tags}) are mentions, not uses, and do not count.
 *
 * <p>A learned model ({@link InjectionModel}) then scores windows of two sentences, with the words, their stems, word
 * pairs and the rule techniques inside each as features. A window above its threshold is reported too (instructions in
 * wordings no rule knows). In a long text the model scores very low, weak-only rule findings are dropped (a quoted
 * attack in an article), and so is a lone finding of the two strong rules that also match ordinary mail ("please
 * disregard my earlier question"); every other strong finding always stands. See {@code NOTES-issue5.md} for measured
 * recall and false-positive rate, and how they were measured.
 *
 * <pre>{@code
 * Detector injection = PromptInjectionDetector.standard();
 * for (Finding f : injection.detect(toolResultText)) {
 *     System.out.println(f.type() + " " + f.start() + ".." + f.end());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. Linear time: every rule is a bounded window over the tokens of one sentence, no regular
 * expression is involved. Text longer than {@link #MAX_SCAN_CHARS} is scanned in windows of that size.
 */
public final class PromptInjectionDetector implements Detector {

    /** Detector id used in findings. */
    public static final String ID = "injection.heuristic";
    /** Hits closer than this many characters are judged together. */
    static final int CLUSTER_GAP = 350;
    /** Maximum characters judged as one unit; longer text is scanned in overlapping windows. */
    public static final int MAX_SCAN_CHARS = 1 << 20;
    private static final double THRESHOLD = 1.0;
    /** Farthest a URL or address may lie from the data movement it is the destination of, in characters. */
    static final int DESTINATION_REACH = 160;
    /** How far after addressing the model an imperative still counts as an order to it. */
    static final int ORDER_REACH = 200;
    /** A technique this strong counts even in a text about attacks (see {@link Mentions#aboutAttacks}). */
    private static final double STRONG = 0.9;
    /**
     * A cluster scoring this much holds a second technique next to its strong one ("forget my earlier question" and a
     * request for the prompt): it stands even where the model rules the text out.
     */
    private static final double CORROBORATED = 1.5;
    private static final int MAX_WORD = 40;
    /** Length of a word's stem for {@link InjectionModel} ("ignor" of ignoriere, ignorez, ignoring). */
    static final int STEM = 5;

    private static final PromptInjectionDetector RULES_ONLY = new PromptInjectionDetector(false);

    /** Created on first use, so that the rules alone work before the model resource exists (the trainer's case). */
    private static final class Standard {
        static final PromptInjectionDetector DETECTOR = new PromptInjectionDetector(true);
    }

    private final Vocabulary vocabulary;
    private final Typos typos;
    /** By vocabulary id, what the word says about the text being about attacks (see {@link Mentions#aboutAttacks}). */
    private final byte[] aboutKinds;
    /** By vocabulary id: does the word open an order ({@link InjectionRules#ORDER_VERBS})? */
    private final boolean[] orderVerb;
    private final int[] pairSecond;
    /** The learned model, or null for the rules alone (what the model's trainer needs). */
    private final InjectionModel model;
    private final RuleCandidates candidates; // vocabulary id -> rules starting with that word
    /** The model's shared concepts of words in many languages. */
    private final Concepts concepts;

    private PromptInjectionDetector(boolean learned) {
        this.model = learned ? InjectionModel.standard() : null;
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        // the words of the small required slots first, so that each such slot's ids fall into one 64-bit word of a
        // sentence's bit set and the test that rules out all rules of a first word stays a few loads (RuleCandidates)
        InjectionRules.RULES.stream().flatMap(r -> r.requiredWords().stream())
                .sorted(java.util.Comparator.comparingInt(java.util.Set::size)).forEach(words::addAll);
        for (PhraseRule r : InjectionRules.RULES) {
            words.addAll(r.words());
        }
        words.addAll(java.util.Arrays.asList(Typos.keyWords()));
        words.addAll(Mentions.ABOUT_ATTACKS);
        words.addAll(InjectionRules.ORDER_VERBS);
        for (String[] pair : Mentions.ABOUT_ATTACKS_PAIRS) {
            words.addAll(java.util.Arrays.asList(pair));
        }
        for (List<String> group : Mentions.ABOUT_ATTACKS_WEAK) {
            words.addAll(group);
        }
        this.vocabulary = new Vocabulary(words);
        this.orderVerb = new boolean[vocabulary.size()];
        for (String w : InjectionRules.ORDER_VERBS) {
            orderVerb[vocabulary.id(w)] = true;
        }
        this.aboutKinds = new byte[vocabulary.size()];
        this.pairSecond = new int[vocabulary.size()];
        for (String w : Mentions.ABOUT_ATTACKS) {
            aboutKinds[vocabulary.id(w)] = Mentions.STRONG;
        }
        for (String[] pair : Mentions.ABOUT_ATTACKS_PAIRS) {
            aboutKinds[vocabulary.id(pair[0])] = Mentions.PAIR;
            pairSecond[vocabulary.id(pair[0])] = vocabulary.id(pair[1]);
        }
        for (int g = 0; g < Mentions.ABOUT_ATTACKS_WEAK.size(); g++) {
            for (String w : Mentions.ABOUT_ATTACKS_WEAK.get(g)) {
                aboutKinds[vocabulary.id(w)] = (byte) (g + 1);
            }
        }
        this.typos = new Typos(vocabulary);
        List<List<PhraseRule>> index = new ArrayList<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.add(new ArrayList<>(0));
        }
        for (PhraseRule r : InjectionRules.RULES) {
            r.compile(vocabulary);
            for (String w : r.slots[0].exact) {
                index.get(vocabulary.id(w)).add(r);
            }
        }
        this.candidates = new RuleCandidates(index);
        this.concepts = Concepts.standard();
    }

    /** @return the detector with the built-in rules */
    public static PromptInjectionDetector standard() {
        return Standard.DETECTOR;
    }

    /** The rules without the learned model: what {@code InjectionModelTrainer} learns from. */
    static PromptInjectionDetector rulesOnly() {
        return RULES_ONLY;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.PROMPT_INJECTION);
    }

    @Override
    public List<Finding> detect(CharSequence text) {
        if (text.length() <= MAX_SCAN_CHARS) {
            return scan(text, 0, text.length());
        }
        List<Finding> all = new ArrayList<>();
        int step = MAX_SCAN_CHARS - 4 * CLUSTER_GAP;
        for (int from = 0; from < text.length(); from += step) {
            for (Finding f : scan(text, from, Math.min(text.length(), from + MAX_SCAN_CHARS))) {
                Finding last = all.isEmpty() ? null : all.get(all.size() - 1);
                if (last != null && f.start() <= last.end()) {
                    all.set(all.size() - 1, new Finding(f.type(), last.start(), Math.max(last.end(), f.end()), ID));
                } else {
                    all.add(f);
                }
            }
        }
        return List.copyOf(all);
    }

    /**
     * @param text any text
     * @return true when at least one injection-like span is found
     */
    public boolean isInjection(CharSequence text) {
        return !detect(text).isEmpty();
    }

    /**
     * Exposed to tests: the tokenizer's hash of a single word (high 32 bits) and its stem hash (low 32 bits), 0 if
     * {@code word} is not exactly one word; {@link Concepts#hashWord} must agree with it.
     */
    long wordHashes(String word) {
        Tokens t = tokens(word);
        return t.count != 1 || t.ends[0] != word.length() ? 0 : (long) t.hashes[0] << 32 | t.stems[0] & 0xFFFFFFFFL;
    }

    /** Exposed to tests: the tokens of a text. */
    Tokens tokens(CharSequence text) {
        return Tokens.of(text, 0, text.length(), vocabulary, typos);
    }

    /** Exposed to tests: the name of the concept a word or two-word entry names ({@link Concepts}), or null. */
    String conceptOf(String word) {
        Tokens t = tokens(word);
        if (t.count == 2) {
            int id = concepts.ofPhrase(t.hashes[0], t.hashes[1]);
            return id == 0 ? null : concepts.name(id);
        }
        if (t.count != 1) {
            return null;
        }
        int id = (t.marks[0] & Tokens.UNSPACED) != 0 && word.length() >= 2 ? Concepts.runConcept(concepts.ofRun(word, 0, word.length()))
                : concepts.ofWord(t, 0);
        return id == 0 ? null : concepts.name(id);
    }

    /** A matched technique: category, weight and character span. */
    record Hit(String rule, String category, double weight, int start, int end) {
    }

    /** Whether {@code [from, to)} is a text about attacks on models, see {@link Mentions#aboutAttacks}. */
    boolean aboutAttacks(CharSequence text, int from, int to) {
        return Mentions.aboutAttacks(Tokens.of(text, from, to, vocabulary, typos), text, from, to, aboutKinds, pairSecond);
    }

    /** The model's chunks of a text, with the rules' hits as features: what {@code InjectionModelTrainer} learns from. */
    InjectionModel.Chunks chunks(CharSequence text) {
        Tokens tokens = Tokens.of(text, 0, text.length(), vocabulary, typos);
        List<Hit> hits = collect(tokens, text, 0, text.length(), true);
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return InjectionModel.chunks(tokens, text, text.length(), hits, concepts);
    }

    /** Exposed to tests: every technique hit, before clustering. */
    List<Hit> hits(CharSequence text) {
        List<Hit> hits = collect(text, 0, text.length(), true);
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    /** Every technique hit in {@code [from, to)}, unsorted; decoded payloads too if {@code decode}. */
    private List<Hit> collect(CharSequence text, int from, int to, boolean decode) {
        return collect(Tokens.of(text, from, to, vocabulary, typos), text, from, to, decode);
    }

    private List<Hit> collect(Tokens tokens, CharSequence text, int from, int to, boolean decode) {
        List<Hit> hits = new ArrayList<>();
        lexicalHits(tokens, hits);
        boolean quotes = PunctuationHits.find(text, from, to, hits);
        Mentions.drop(text, from, hits, quotes);
        ActionRequests.addEvidence(text, from, to, hits);
        ordersAfterAddress(tokens, text, from, hits, quotes);
        if (decode && tokens.maybeEncoded) {
            decodedHits(text, from, to, hits);
        }
        return hits;
    }

    /** A base64 run or spaced-apart letters that decode to an injection: reported over the encoded span. */
    private void decodedHits(CharSequence text, int from, int to, List<Hit> hits) {
        EncodedPayloads.find(text, from, to, (start, end, decoded) -> {
            if (!scan(decoded, 0, decoded.length(), false).isEmpty()) {
                hits.add(new Hit("obfuscated.decoded", InjectionRules.OBFUSCATED, 1.0, start, end));
            }
        });
    }

    private List<Finding> scan(CharSequence text, int from, int to) {
        return scan(text, from, to, true);
    }

    /** @param decode whether encoded payloads are decoded and scanned once more (never for a decoded text itself) */
    private List<Finding> scan(CharSequence text, int from, int to, boolean decode) {
        Tokens tokens = Tokens.of(text, from, to, vocabulary, typos);
        List<Hit> hits = collect(tokens, text, from, to, decode);
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Finding> findings = new ArrayList<>();
        int[] about = {-1}; // whether the text is about attacks on models: a pass over it, made only when asked
        java.util.function.BooleanSupplier aboutAttacks = () -> {
            if (about[0] < 0) {
                about[0] = Mentions.aboutAttacks(tokens, text, from, to, aboutKinds, pairSecond) ? 1 : 0;
            }
            return about[0] == 1;
        };
        InjectionModel.Chunks chunks = model == null ? null : InjectionModel.chunks(tokens, text, to, hits, concepts);
        // weak-only rule findings stand where the model does not rule the text out; its windows above threshold are findings
        double[] sums = model == null ? null : model.chunkSums(chunks);
        boolean vetoed = model != null && !hits.isEmpty() && model.rulesOut(chunks, sums, aboutAttacks, InjectionModel.VETO);
        int i = 0;
        while (i < hits.size()) {
            int j = clusterEnd(hits, i);
            int end = hits.get(i).end();
            for (int k = i + 1; k <= j; k++) {
                end = Math.max(end, hits.get(k).end());
            }
            double score = score(hits, i, j);
            boolean fires = score >= THRESHOLD - 1e-9; // sums of weights such as 0.7 - 0.4 + 0.3 + 0.3
            if (fires && strongest(hits, i, j) < STRONG) {
                // weak techniques only: in an article about attacks they describe the attack, they do not perform it,
                // and in a text the model rules out they are a coincidence of words
                fires = !vetoed && !aboutAttacks.getAsBoolean();
            } else if (fires && vetoed && vetoable(hits, i, j, score)) {
                fires = false; // "please disregard my earlier question" alone, in a long text the model is sure of
            }
            if (fires) {
                int s = expandStart(text, from, hits.get(i).start());
                int e = expandEnd(text, to, end);
                Finding last = findings.isEmpty() ? null : findings.get(findings.size() - 1);
                if (last != null && s <= last.end()) {
                    findings.set(findings.size() - 1, new Finding(FindingTypes.PROMPT_INJECTION, last.start(), e, ID));
                } else {
                    findings.add(new Finding(FindingTypes.PROMPT_INJECTION, s, e, ID));
                }
            }
            i = j + 1;
        }
        if (model == null) {
            return findings;
        }
        model.fire(chunks, sums, aboutAttacks, (s, e) -> findings.add(new Finding(FindingTypes.PROMPT_INJECTION,
                expandStart(text, from, s), expandEnd(text, to, e), ID)));
        return merged(findings);
    }

    /** @return the index of the last hit of the cluster that starts at hit {@code i} (hits sorted by start) */
    private static int clusterEnd(List<Hit> hits, int i) {
        int j = i;
        int end = hits.get(i).end();
        while (j + 1 < hits.size() && hits.get(j + 1).start() - end <= CLUSTER_GAP) {
            j++;
            end = Math.max(end, hits.get(j).end());
        }
        return j;
    }

    /**
     * Strong rules that also match ordinary mail by design ("please disregard my earlier question", "forget what I asked
     * before"): under 90% of the texts they flag in the training corpora hold an injection, where the other strong
     * rules exceed 94%. "Ignore the 'unsigned driver' prompt" joined them on 2026-12-03: a dialog box in an IT ticket.
     * Only these can be vetoed by the model, and only alone.
     */
    private static final Set<String> AMBIGUOUS_STRONG = Set.of("override.earlier", "override.user-request",
            "override.ignore-prompt");

    /**
     * Whether the model may veto a firing cluster of hits {@code i..j}: its strong hits are all {@link #AMBIGUOUS_STRONG}
     * and nothing backs them ({@code score} under {@link #CORROBORATED}). A strong rule of another kind always stands, so
     * benign padding around "ignore all previous instructions" cannot talk the model into dropping it.
     */
    private static boolean vetoable(List<Hit> hits, int i, int j, double score) {
        if (score >= CORROBORATED) {
            return false;
        }
        for (int k = i; k <= j; k++) {
            if (hits.get(k).weight() >= STRONG && !AMBIGUOUS_STRONG.contains(hits.get(k).rule())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the rules find a strong cluster the model cannot veto (see {@link #vetoable}): what
     * {@code InjectionModelTrainer} needs to mirror the detector's decision.
     */
    boolean unvetoableStrongCluster(CharSequence text) {
        List<Hit> hits = hits(text);
        for (int i = 0, j; i < hits.size(); i = j + 1) {
            j = clusterEnd(hits, i);
            double score = score(hits, i, j);
            if (score >= THRESHOLD - 1e-9 && strongest(hits, i, j) >= STRONG && !vetoable(hits, i, j, score)) {
                return true;
            }
        }
        return false;
    }

    /** Sorted by start, overlapping or touching findings joined. */
    private static List<Finding> merged(List<Finding> findings) {
        if (findings.size() < 2) {
            return findings;
        }
        findings.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Finding> out = new ArrayList<>();
        Finding last = findings.get(0);
        for (int k = 1; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (f.start() <= last.end()) {
                last = new Finding(FindingTypes.PROMPT_INJECTION, last.start(), Math.max(last.end(), f.end()), ID);
            } else {
                out.add(last);
                last = f;
            }
        }
        out.add(last);
        return out;
    }

    /**
     * Sum over distinct categories of the strongest hit; a destination only counts next to data movement or a request,
     * and a request only adds what exceeds the action or data movement counted for it.
     */
    private static double score(List<Hit> hits, int from, int to) {
        CategoryWeights best = new CategoryWeights(); // a cluster names a handful of categories: no map, no boxing
        for (int k = from; k <= to; k++) {
            Hit h = hits.get(k);
            if (InjectionRules.DESTINATION.equals(h.category()) && !nearDataMovement(hits, from, to, k)) {
                continue; // a link elsewhere in the text (a changelog cites a URL on every line) is no destination
            }
            best.max(h.category(), h.weight());
        }
        double read = best.remove(InjectionRules.READ_REQUEST);
        if (read >= 0) {
            // reading data is a technique of its own only next to sending it, not on top of a request it is part of
            best.max(best.has(InjectionRules.REQUEST) ? InjectionRules.REQUEST : InjectionRules.READ_REQUEST, read);
        }
        double request = best.get(InjectionRules.REQUEST);
        if (request >= 0) {
            // a request names an action or a data movement that TOOL/EXFIL may already count: it adds only its excess
            double action = Math.max(best.getOrZero(InjectionRules.TOOL), best.getOrZero(InjectionRules.EXFIL));
            best.set(InjectionRules.REQUEST, Math.max(0, request - action));
        }
        double sum = 0;
        for (int e = 0; e < best.size; e++) {
            if (InjectionRules.DESTINATION.equals(best.categories[e])) {
                double exfil = best.getOrZero(InjectionRules.EXFIL);
                // a link next to data movement, a request, or an order to change the answer (an ad planted for it)
                if (exfil >= 0.5 || best.has(InjectionRules.URL_PLACEHOLDER) || best.has(InjectionRules.REQUEST)
                        || best.has(InjectionRules.READ_REQUEST) || best.getOrZero(InjectionRules.OUTPUT) >= 0.5) {
                    sum += best.weights[e];
                } else if (exfil > 0) {
                    sum += best.weights[e] / 2; // "send it to <address>" alone is ordinary e-mail language
                }
            } else {
                sum += best.weights[e];
            }
        }
        return sum;
    }

    /** The strongest weight per category of one cluster, in the order first seen; weights are never negative. */
    private static final class CategoryWeights {
        String[] categories = new String[8];
        double[] weights = new double[8];
        int size;

        private int find(String category) {
            for (int i = 0; i < size; i++) {
                if (categories[i].equals(category)) {
                    return i;
                }
            }
            return -1;
        }

        void max(String category, double weight) {
            int i = find(category);
            if (i >= 0) {
                weights[i] = Math.max(weights[i], weight);
                return;
            }
            if (size == categories.length) {
                categories = java.util.Arrays.copyOf(categories, 2 * size);
                weights = java.util.Arrays.copyOf(weights, 2 * size);
            }
            categories[size] = category;
            weights[size++] = weight;
        }

        void set(String category, double weight) {
            weights[find(category)] = weight;
        }

        boolean has(String category) {
            return find(category) >= 0;
        }

        /** @return the weight, or -1 when the cluster has no such category */
        double get(String category) {
            int i = find(category);
            return i < 0 ? -1 : weights[i];
        }

        double getOrZero(String category) {
            return Math.max(0, get(category));
        }

        /** @return the removed weight, or -1 */
        double remove(String category) {
            int i = find(category);
            if (i < 0) {
                return -1;
            }
            double w = weights[i];
            size--;
            System.arraycopy(categories, i + 1, categories, i, size - i);
            System.arraycopy(weights, i + 1, weights, i, size - i);
            return w;
        }
    }

    /** Address rules that name the model the way one speaks to it: a vocative, a note to it, a mention. */
    private static final java.util.Set<String> VOCATIVES = java.util.Set.of("address.colon", "address.vocative",
            "address.vocative-ml", "address.note-to", "address.note-to-ml", "address.note-to-system", "address.mention",
            "address.message-for-assistant", "address.automated-readers", "address.todo-ai", "address.message-to-gpt",
            "address.note-for-the-model", "address.message-is-for", "address.ai-handling-name", "address.for-the-ai-doing", "address.if-ai-is-doing",
            "address.note-to-agents", "address.when-story-summarised");

    /**
     * Adds an imperative ({@link InjectionRules#ORDER}) for each sentence within {@link #ORDER_REACH} characters after
     * the model was addressed that opens with an {@link InjectionRules#ORDER_VERBS} word: an order to it. Looked for
     * only after such an address, so the manuals' imperatives cost nothing and never join two clusters; a quoted one
     * is a mention like any other hit.
     */
    private void ordersAfterAddress(Tokens t, CharSequence text, int from, List<Hit> hits, boolean quotes) {
        List<Hit> addresses = null;
        for (Hit h : hits) {
            if (InjectionRules.ADDRESS.equals(h.category()) && h.weight() >= 0.7 && VOCATIVES.contains(h.rule())) {
                if (addresses == null) {
                    addresses = new ArrayList<>();
                }
                addresses.add(h);
            }
        }
        if (addresses == null) {
            return;
        }
        List<Hit> orders = new ArrayList<>();
        for (int i = 0; i < t.count; i++) {
            int id = t.ids[i];
            if (id < 0 || !orderVerb[id] || !PhraseRule.startsSentence(t, i)) {
                continue;
            }
            int at = t.starts[i];
            for (Hit a : addresses) {
                if (a.start() <= at && at - a.end() <= ORDER_REACH) {
                    orders.add(new Hit("order.imperative", InjectionRules.ORDER, 0.3, at, t.ends[i]));
                    break;
                }
            }
        }
        Mentions.drop(text, from, orders, quotes);
        hits.addAll(orders);
    }

    private static double strongest(List<Hit> hits, int from, int to) {
        double m = 0;
        for (int k = from; k <= to; k++) {
            m = Math.max(m, hits.get(k).weight());
        }
        return m;
    }

    /** Hits sorted by start: is there data movement, a request or an answer change close to destination {@code k}? */
    private static boolean nearDataMovement(List<Hit> hits, int from, int to, int k) {
        Hit d = hits.get(k);
        for (int j = Math.max(from, k - 32); j <= Math.min(to, k + 32); j++) {
            Hit h = hits.get(j);
            String c = h.category();
            boolean near = Math.max(h.start() - d.end(), d.start() - h.end()) <= DESTINATION_REACH;
            if (near && (InjectionRules.EXFIL.equals(c) || InjectionRules.URL_PLACEHOLDER.equals(c))) {
                return true;
            }
            // a request or an answer change goes to an address named after it ("... and share it with x@y"); the
            // sender's address in an e-mail header or signature is none
            if (near && (InjectionRules.REQUEST.equals(c) || InjectionRules.READ_REQUEST.equals(c) || InjectionRules.OUTPUT.equals(c))
                    && d.start() > h.start()) {
                return true;
            }
        }
        return false;
    }

    private void lexicalHits(Tokens t, List<Hit> hits) {
        long[] words = new long[(vocabulary.size() + 63) >>> 6]; // the rule words of the current sentence
        long[] present = new long[candidates.groupWords()]; // and the required word lists they belong to
        boolean marked = false; // whether present holds a group to clear
        int sentence = -1;
        int sentenceFrom = 0;
        for (int i = 0; i < t.count; i++) {
            int id = t.ids[i];
            if (id < 0) {
                continue;
            }
            int limit = t.sentenceEnd[i];
            if (limit != sentence) {
                for (int k = sentenceFrom; k < sentence; k++) { // clear the last sentence's words only
                    if (t.ids[k] >= 0) {
                        words[t.ids[k] >>> 6] = 0L;
                    }
                }
                if (marked) {
                    java.util.Arrays.fill(present, 0L);
                    marked = false;
                }
                sentenceFrom = i;
                for (int k = i; k < limit; k++) {
                    if (t.ids[k] >= 0) {
                        marked |= candidates.addWord(t.ids[k], words, present);
                    }
                }
                sentence = limit;
            }
            if (!candidates.anyMayMatch(id, words)) {
                continue; // no rule that starts with this word has its next required word in this sentence
            }
            for (int k = candidates.from(id), end = candidates.to(id); k < end; k++) {
                if (!candidates.mayMatch(k, present)) {
                    continue; // a word the rule needs is not in this sentence
                }
                PhraseRule r = candidates.rule(k);
                int last = r.match(t, i, limit);
                if (last >= 0) {
                    hits.add(new Hit(r.id, r.category, r.weight, t.starts[i], t.ends[last]));
                }
            }
        }
    }

    /** Extends a span back to the start of its sentence (at most 200 characters). */
    private static int expandStart(CharSequence text, int floor, int s) {
        int limit = Math.max(floor, s - 200);
        int k = s;
        while (k > limit) {
            char c = text.charAt(k - 1);
            if (c == '\n' || (c == ' ' && k - 2 >= limit && isSentenceEnd(text.charAt(k - 2)))) {
                break;
            }
            k--;
        }
        return k;
    }

    /** Extends a span forward to the end of its sentence (at most 300 characters). */
    private static int expandEnd(CharSequence text, int ceiling, int e) {
        int limit = Math.min(ceiling, e + 300);
        int k = e;
        while (k < limit) {
            char c = text.charAt(k);
            if (c == '\n') {
                break;
            }
            k++;
            if (isSentenceEnd(c) && (k >= limit || Character.isWhitespace(text.charAt(k)))) {
                break;
            }
        }
        return k;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** Word tokens: offsets, vocabulary ids (-1 for other words) and the end of the sentence each belongs to. */
    static final class Tokens {
        CharSequence text;
        int[] ids;
        /**
         * Per word, the joiners it contains ({@link #UNDERSCORE}, {@link #DOT_OR_SLASH}, {@link #HYPHEN}) and what the
         * model's chunking needs ({@link #UNSPACED}, {@link #BREAK_BEFORE}).
         */
        byte[] marks;
        /** Per word, its first character lower-cased (what a prefix slot tests first). */
        char[] firsts;
        /**
         * Whether the text may hide an encoded payload: a long mixed-case word (base64) or a run of one-letter words
         * (spaced-apart letters). When false, {@link EncodedPayloads} need not look.
         */
        boolean maybeEncoded;
        int[] starts;
        int[] ends;
        int[] sentenceEnd;
        /** Hash of each word's lower-cased characters (its first {@value #MAX_WORD}), for {@link InjectionModel}. */
        int[] hashes;
        /** Hash of the first {@value #STEM} lower-cased characters of each word longer than that, else 0 (a stem). */
        int[] stems;
        int count;

        static Tokens of(CharSequence text, int from, int to, Vocabulary vocabulary, Typos typos) {
            Tokens t = new Tokens();
            t.text = text;
            int cap = Math.max(16, (to - from) / 5);
            t.ids = new int[cap];
            t.marks = new byte[cap];
            t.firsts = new char[cap];
            int oneLetterRun = 0;
            t.starts = new int[cap];
            t.ends = new int[cap];
            t.sentenceEnd = new int[cap];
            t.hashes = new int[cap];
            t.stems = new int[cap];
            int sentenceStart = 0;
            char[] folded = new char[MAX_WORD];
            char[] spare = new char[MAX_WORD];
            int breakBefore = 0; // BREAK_BEFORE once the gap since the last word holds a sentence end, ':', ';' or '\n'
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    int s = i;
                    int len = 0;
                    int hash = 0;
                    int stem = 0;
                    int digits = 0;
                    int latin = 0;
                    int lookalikes = 0;
                    int marks = breakBefore | (InjectionModel.unspaced(c) ? UNSPACED : 0);
                    breakBefore = 0;
                    while (i < to) {
                        c = text.charAt(i);
                        char f;
                        if (isWordChar(c)) {
                            f = lower(c);
                            if (f < 0x80) {
                                digits += f <= '9' ? 1 : 0; // word characters below '9' are the digits
                                latin += f >= 'a' ? 1 : 0;
                                marks |= f == '_' ? UNDERSCORE : 0;
                            } else {
                                lookalikes += f >= 0x370 && latinLookalike(f) != 0 ? 1 : 0;
                            }
                        } else if (isJoiner(c) && i + 1 < to && isWordChar(text.charAt(i + 1))) {
                            f = c == '\u2019' ? '\'' : c;
                            marks |= c == '.' || c == '/' ? DOT_OR_SLASH : c == '-' ? HYPHEN : 0;
                        } else if (isZeroWidth(c) && i + 1 < to && isWordChar(text.charAt(i + 1))) {
                            i++; // "I\u200Bg\u200Bn\u200Bo\u200Br\u200Be": invisible characters splitting a word
                            continue;
                        } else if (c == '\\' && i + 2 < to && text.charAt(i + 1) == '\'' && isWordChar(text.charAt(i + 2))) {
                            f = '\''; // "the user\'s" as a Python dict prints an apostrophe
                            i++;
                        } else {
                            break;
                        }
                        if (len < MAX_WORD) {
                            folded[len] = f;
                            hash = 31 * hash + f;
                        }
                        if (len == STEM - 1) {
                            stem = hash;
                        }
                        len++;
                        i++;
                    }
                    int id = wordId(text, s, len, hash, folded, spare, vocabulary, typos, digits, lookalikes > 0 && latin > 0);
                    t.add(id, s, i);
                    t.hashes[t.count - 1] = hash;
                    t.stems[t.count - 1] = len > STEM + 1 ? stem : 0;
                    t.marks[t.count - 1] = (byte) marks;
                    t.firsts[t.count - 1] = folded[0];
                    oneLetterRun = len == 1 ? oneLetterRun + 1 : 0;
                    t.maybeEncoded |= oneLetterRun >= 8 || len >= 16 && mixedCase(text, s, i);
                    continue;
                }
                if (c == ' ') {
                    i++; // the commonest gap: ends no sentence, starts no escape
                    continue;
                }
                t.maybeEncoded |= c == EncodedPayloads.TAG_HIGH; // invisible tag characters, decoded for a second look
                breakBefore |= isSentenceEnd(c) || c == '\n' || c == ':' || c == ';' ? BREAK_BEFORE : 0;
                if (c == '\\' && i + 1 < to && "ntr".indexOf(text.charAt(i + 1)) >= 0) {
                    // an escaped newline inside a JSON string ("attached.\n\nNote to the AI"): a line break, and not
                    // part of the next word
                    if (text.charAt(i + 1) == 'n') {
                        for (int k = sentenceStart; k < t.count; k++) {
                            t.sentenceEnd[k] = t.count;
                        }
                        sentenceStart = t.count;
                    }
                    i += 2;
                    continue;
                }
                if (c == '\n' || c == '|' && (i + 1 >= to || text.charAt(i + 1) == ' ') // a table cell
                        || (isSentenceEnd(c) && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1))
                        || "\"')]}".indexOf(text.charAt(i + 1)) >= 0))
                        || ((c == '"' || c == '\'') && jsonValueEnd(text, i, to))) {
                    // ". " ends a sentence, and so does the end of a JSON string value ("...for you.\"}, \"model\"")
                    for (int k = sentenceStart; k < t.count; k++) {
                        t.sentenceEnd[k] = t.count;
                    }
                    sentenceStart = t.count;
                }
                i++;
            }
            for (int k = sentenceStart; k < t.count; k++) {
                t.sentenceEnd[k] = t.count;
            }
            return t;
        }

        /**
         * @return the vocabulary id of a word, also read through Cyrillic/Greek look-alikes ({@code mixedScript}),
         *     leetspeak digits or a one-letter misspelling; -1 when it is none of the rule words
         */
        private static int wordId(CharSequence text, int s, int len, int hash, char[] folded, char[] spare,
                Vocabulary vocabulary, Typos typos, int digits, boolean mixedScript) {
            if (len > MAX_WORD) {
                return -1;
            }
            int id = vocabulary.lookup(text, s, s + len, hash, folded);
            if (id < 0 && mixedScript) {
                id = lookalike(text, s, len, folded, spare, vocabulary); // "іgnоrе" with Cyrillic і, о, е
            }
            if (id < 0 && digits > 0 && digits < len) {
                id = leet(text, s, len, folded, spare, vocabulary);
            } else if (id < 0) {
                id = typos.lookup(folded, len);
            }
            return id;
        }

        /**
         * Looks a word up again with leetspeak digits read as letters ("1gn0r3" as "ignore", "rul3s" as "rules"; a 1 as
         * i, then as l); only called for unknown words that mix letters and digits. {@code spare} is scratch space.
         */
        private static int leet(CharSequence text, int s, int len, char[] folded, char[] spare, Vocabulary vocabulary) {
            boolean letter = false;
            boolean one = false;
            for (int k = 0; k < len; k++) {
                letter |= Character.isLetter(folded[k]);
                one |= folded[k] == '1';
            }
            if (!letter) {
                return -1;
            }
            int id = -1;
            for (int pass = 0; pass < (one ? 2 : 1) && id < 0; pass++) {
                int hash = 0;
                for (int k = 0; k < len; k++) {
                    char m = dev.jguard.mcp.core.lexicon.Leetspeak.letter(folded[k], pass == 1);
                    spare[k] = m;
                    hash = 31 * hash + m;
                }
                id = vocabulary.lookup(text, s, s + len, hash, spare);
            }
            return id;
        }

        /** Looks a mixed-script word up again with Cyrillic and Greek look-alikes read as the Latin letters they imitate. */
        private static int lookalike(CharSequence text, int s, int len, char[] folded, char[] spare, Vocabulary vocabulary) {
            int hash = 0;
            for (int k = 0; k < len; k++) {
                char m = folded[k] >= 0x370 ? latinLookalike(folded[k]) : folded[k];
                spare[k] = m == 0 ? folded[k] : m;
                hash = 31 * hash + spare[k];
            }
            return vocabulary.lookup(text, s, s + len, hash, spare);
        }

        /** @return the Latin letter a lower-case Cyrillic or Greek letter looks like, or 0 */
        static char latinLookalike(char c) {
            return switch (c) {
                case '\u0430', '\u03B1' -> 'a'; // а α
                case '\u0435', '\u0450', '\u0451' -> 'e'; // е ѐ ё
                case '\u043E', '\u03BF' -> 'o'; // о ο
                case '\u0440', '\u03C1' -> 'p'; // р ρ
                case '\u0441' -> 'c'; // с
                case '\u0443' -> 'y'; // у
                case '\u0445', '\u03C7' -> 'x'; // х χ
                case '\u0456', '\u0457', '\u03B9' -> 'i'; // і ї ι
                case '\u0458' -> 'j'; // ј
                case '\u0455' -> 's'; // ѕ
                case '\u04BB' -> 'h'; // һ
                case '\u0501' -> 'd'; // ԁ
                case '\u051B' -> 'q'; // ԛ
                case '\u051D' -> 'w'; // ԝ
                case '\u03BD' -> 'v'; // ν
                case '\u03BA', '\u043A' -> 'k'; // κ к
                case '\u03C5' -> 'u'; // υ
                case '\u0442', '\u03C4' -> 't'; // т τ
                case '\u043D' -> 'h'; // н (small capital form)
                case '\u043C' -> 'm'; // м
                case '\u0432' -> 'b'; // в
                default -> 0;
            };
        }

        /** @return true when the folded word at {@code k} (first {@value #MAX_WORD} chars) starts with {@code p} */
        boolean startsWith(int k, String p) {
            int s = starts[k];
            int len = Math.min(ends[k] - s, MAX_WORD);
            if (p.length() > len) {
                return false;
            }
            for (int i = 0; i < p.length(); i++) {
                if (fold(text.charAt(s + i)) != p.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** @return whether {@code [s, e)} has both ASCII upper-case and lower-case letters */
        static boolean mixedCase(CharSequence text, int s, int e) {
            boolean upper = false;
            boolean lower = false;
            for (int k = s; k < e && !(upper && lower); k++) {
                char c = text.charAt(k);
                upper |= c >= 'A' && c <= 'Z';
                lower |= c >= 'a' && c <= 'z';
            }
            return upper && lower;
        }

        static final byte UNDERSCORE = 1;
        static final byte DOT_OR_SLASH = 2;
        static final byte HYPHEN = 4;
        /** The word starts with a letter of a script written without spaces ({@link InjectionModel#unspaced}). */
        static final byte UNSPACED = 8;
        /** The gap before the word holds a sentence end, a colon, a semicolon or a line break (a model chunk ends). */
        static final byte BREAK_BEFORE = 16;

        /** @return the {@link #marks} a word must have to contain {@code p} */
        static byte marksOf(String p) {
            int m = 0;
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                m |= c == '_' ? UNDERSCORE : c == '.' || c == '/' ? DOT_OR_SLASH : c == '-' ? HYPHEN : 0;
            }
            return (byte) m;
        }

        /** @return true when the folded word at {@code k} (first {@value #MAX_WORD} chars) contains {@code p} */
        boolean contains(int k, String p) {
            int s = starts[k];
            int len = Math.min(ends[k] - s, MAX_WORD);
            outer:
            for (int from = 0; from + p.length() <= len; from++) {
                for (int i = 0; i < p.length(); i++) {
                    if (fold(text.charAt(s + from + i)) != p.charAt(i)) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }

        static char fold(char c) {
            return isWordChar(c) ? lower(c) : c == '\u2019' ? '\'' : c;
        }

        private void add(int id, int s, int e) {
            if (count == ids.length) {
                int cap = count * 2;
                ids = java.util.Arrays.copyOf(ids, cap);
                marks = java.util.Arrays.copyOf(marks, cap);
                firsts = java.util.Arrays.copyOf(firsts, cap);
                starts = java.util.Arrays.copyOf(starts, cap);
                ends = java.util.Arrays.copyOf(ends, cap);
                sentenceEnd = java.util.Arrays.copyOf(sentenceEnd, cap);
                hashes = java.util.Arrays.copyOf(hashes, cap);
                stems = java.util.Arrays.copyOf(stems, cap);
            }
            ids[count] = id;
            starts[count] = s;
            ends[count] = e;
            count++;
        }

        /**
         * A quote that closes a JSON key or value (or one of a Python dict's repr): followed by {@code :},
         * {@code &#125;}, {@code ]} or {@code ,"}.
         */
        private static boolean jsonValueEnd(CharSequence text, int i, int to) {
            if (i + 1 >= to) {
                return false;
            }
            char n = text.charAt(i + 1);
            if (n == ':' || n == '}' || n == ']') {
                return true;
            }
            if (n != ',') {
                return false;
            }
            int k = i + 2;
            while (k < to && k < i + 4 && text.charAt(k) == ' ') {
                k++;
            }
            return k < to && (text.charAt(k) == '"' || text.charAt(k) == '\'' || text.charAt(k) == '{');
        }

        /** Zero-width space, joiners, word joiner, BOM and soft hyphen: invisible inside a word. */
        private static boolean isZeroWidth(char c) {
            return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
        }

        /** ASCII classes, one table load per character: 1 a word character, 2 a joiner. */
        private static final byte[] ASCII_CLASS = new byte[128];

        static {
            for (char c = 0; c < 128; c++) {
                boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
                // '+' joins the words of a URL query ("?q=ignore+previous+instructions" is one token, not an order)
                boolean joiner = c == '\'' || c == '-' || c == '.' || c == '/' || c == '+';
                ASCII_CLASS[c] = (byte) (word ? 1 : joiner ? 2 : 0);
            }
        }

        private static boolean isWordChar(char c) {
            return c < 0x80 ? ASCII_CLASS[c] == 1 : Character.isLetterOrDigit(c) || isScriptMark(c);
        }

        /**
         * Vowel signs, viramas and other combining marks of the Hebrew, Arabic, Indic, Thai, Lao, Tibetan and Myanmar
         * scripts: part of their words ("निर्देश" is one word, not four consonants). Latin combining marks are not, so
         * stacked marks still split a disguised word into the letters the encoded-text pass looks at.
         */
        private static boolean isScriptMark(char c) {
            if (c < 0x0591 || c >= 0x1100) {
                return false;
            }
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        }

        /** Characters that join word parts: apostrophes, hyphens, dots and slashes inside a word (user's, gpt-4, .env). */
        private static boolean isJoiner(char c) {
            return c < 0x80 ? ASCII_CLASS[c] == 2 : c == '\u2019';
        }

        private static char lower(char c) {
            if (c < 0x80) {
                return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            if (c >= '\uFF21' && c <= '\uFF3A') { // fullwidth Latin capitals
                return (char) (c - '\uFF21' + 'a');
            }
            if (c >= '\uFF41' && c <= '\uFF5A') { // fullwidth Latin small letters
                return (char) (c - '\uFF41' + 'a');
            }
            return Character.toLowerCase(c);
        }
    }
}
