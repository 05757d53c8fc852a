package dev.jguard.mcp.core.toolscan;

import dev.jguard.mcp.api.event.Severity;
import dev.jguard.mcp.core.sanitize.HiddenCharClass;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks tool names: against the MCP naming rules, for mixed scripts and invisible characters, and against every
 * other tool name of the scan (all servers) and every pinned name for confusables (UTS #39 skeletons), separator and
 * case variants, small edit distances and cross-server shadowing.
 *
 * <p>Rule ids: {@code name.missing}, {@code name.invisible-characters}, {@code name.mixed-script},
 * {@code name.non-ascii}, {@code name.nonstandard}, {@code name.lookalike}, {@code name.typosquat},
 * {@code name.shadowing}, {@code name.cross-server-reference}.
 */
final class NameDetector implements ToolDetector {

    @Override
    public List<ToolFinding> inspect(ToolDefinition tool, ScanContext context) {
        List<ToolFinding> out = new ArrayList<>();
        String name = tool.name();
        if (name.isEmpty()) {
            out.add(new ToolFinding("name.missing", Severity.HIGH, "/name", "tool has no name"));
            return out;
        }
        checkShape(name, out);
        NameIndex idx = context.nameIndex();
        NameIndex.Entry self = idx.entryOf(tool.server(), name, context.isPinned(tool.server(), name));

        for (NameIndex.Entry other : idx.lookalikes(self)) {
            String oq = Snippets.identifier(other.name());
            boolean sameServer = other.server().equals(tool.server());
            if (self.pinned()) {
                break; // an approved name is never the impostor
            }
            Severity sev;
            if (other.pinned() || suspiciousForm(name, other.name())) {
                sev = Severity.HIGH;
            } else if (suspiciousForm(other.name(), name)) {
                continue; // the other one is the impostor; it is reported on its own
            } else {
                sev = Severity.MEDIUM;
            }
            out.add(new ToolFinding("name.lookalike", sev, "/name", "'" + Snippets.identifier(name) + "' looks like " + (other.pinned() ? "pinned " : "")
                    + "tool '" + oq + "'" + (sameServer ? " of the same server" : " of server '" + Snippets.identifier(other.server()) + "'")));
            break;
        }

        List<NameIndex.Entry> sameName = idx.byName.get(name);
        if (sameName != null) {
            for (NameIndex.Entry e : sameName) {
                if (!e.server().equals(tool.server())) {
                    out.add(new ToolFinding("name.shadowing", Severity.MEDIUM, "/name",
                            "'" + Snippets.identifier(name) + "' is also offered by server '" + Snippets.identifier(e.server()) + "'"));
                    break;
                }
            }
        }

        if (!self.pinned() && out.stream().noneMatch(f -> f.ruleId().equals("name.lookalike")) && idx.entries.size() <= NameIndex.MAX_FUZZY_NAMES
                && self.folded().length() >= 6) {
            int length = self.folded().length();
            for (NameIndex.Entry e : idx.entries) {
                if (Math.abs(e.folded().length() - length) > 1) {
                    continue; // more than one edit apart: the cheapest test first
                }
                if (e.server().equals(tool.server()) && !e.pinned() || e.name().equals(name) || e.folded().equals(self.folded())
                        || e.k1().equals(self.k1()) || e.k2().equals(self.k2())) {
                    continue;
                }
                if (NameIndex.distance(self.folded(), e.folded(), 1) == 1 && !benignVariant(self.folded(), e.folded())) {
                    out.add(new ToolFinding("name.typosquat", Severity.MEDIUM, "/name", "'" + Snippets.identifier(name) + "' is one edit away from "
                            + (e.pinned() ? "pinned " : "") + "tool '" + Snippets.identifier(e.name()) + "'"));
                    break;
                }
            }
        }

        crossServerReference(tool, context, out);
        return out;
    }

    private static void checkShape(String name, List<ToolFinding> out) {
        boolean invisible = false;
        boolean nonAscii = false;
        boolean nonstandard = name.length() > 128;
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.CONTROL || type == Character.NON_SPACING_MARK
                    || HiddenCharClass.of(cp) != null) {
                invisible = true;
            } else if (cp > 0x7F) {
                nonAscii = true;
            } else if (!(Character.isLetterOrDigit(cp) || cp == '_' || cp == '-' || cp == '.' || cp == '/')) {
                nonstandard = true;
            }
            if (Character.isLetter(cp)) {
                UnicodeScript s = UnicodeScript.of(cp);
                if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED) {
                    scripts.add(s);
                }
            }
        }
        if (invisible) {
            out.add(new ToolFinding("name.invisible-characters", Severity.HIGH, "/name",
                    "name contains invisible or control characters: '" + Snippets.identifier(name) + "'"));
        }
        if (scripts.size() > 1) {
            out.add(new ToolFinding("name.mixed-script", Severity.HIGH, "/name",
                    "name mixes scripts " + scripts + ": '" + Snippets.identifier(name) + "'"));
        } else if (nonAscii) {
            out.add(new ToolFinding("name.non-ascii", Severity.MEDIUM, "/name",
                    "name uses characters outside [A-Za-z0-9_.-/]: '" + Snippets.identifier(name) + "'"));
        }
        if (nonstandard && !invisible) {
            out.add(new ToolFinding("name.nonstandard", Severity.LOW, "/name",
                    "name is longer than 128 chars or uses characters outside [A-Za-z0-9_.-/]"));
        }
    }

    /**
     * True when {@code candidate} carries the marks of an impostor relative to {@code original}: a non-ASCII
     * character, or a digit where the original has a letter.
     */
    static boolean suspiciousForm(String candidate, String original) {
        boolean candAscii = candidate.chars().allMatch(c -> c < 0x80);
        boolean origAscii = original.chars().allMatch(c -> c < 0x80);
        if (!candAscii && origAscii) {
            return true;
        }
        if (candidate.length() == original.length()) {
            for (int i = 0; i < candidate.length(); i++) {
                if (Character.isDigit(candidate.charAt(i)) && Character.isLetter(original.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Plural forms and version numbers are not typosquats. */
    private static boolean benignVariant(String a, String b) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() == shorter.length() + 1 && longer.startsWith(shorter) && longer.endsWith("s")) {
            return true;
        }
        if (a.length() == b.length()) {
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    return Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(i));
                }
            }
        }
        return false;
    }

    /**
     * A description that names a distinctive tool of another server (the shadowing technique). Names are matched as
     * whole words of the description (letters, digits, {@code _ - .}; a trailing dot or dash is sentence punctuation),
     * one hash lookup per word: linear in the description, and {@code get_issue} is not found inside
     * {@code get_issue_tag_values}.
     */
    private static void crossServerReference(ToolDefinition tool, ScanContext context, List<ToolFinding> out) {
        String desc = tool.description();
        NameIndex idx = context.nameIndex();
        Map<String, List<NameIndex.Entry>> names = idx.distinctiveByName;
        if (desc.isEmpty() || context.tools().size() < 2 || names.isEmpty()) {
            return;
        }
        int n = Math.min(desc.length(), TextField.MAX_STRING);
        int i = 0;
        while (i < n) {
            if (!wordChar(desc.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i; // the word without its trailing dots and dashes, and the hash of that
            int h = 0;
            int hash = 0;
            while (i < n && wordChar(desc.charAt(i))) {
                char c = desc.charAt(i++);
                h = 31 * h + c;
                if (c != '.' && c != '-') {
                    end = i;
                    hash = h;
                }
            }
            if (end - start >= 5 && end - start <= 256 && idx.distinctiveHash(hash)) { // hash is that of desc.substring(start, end)
                List<NameIndex.Entry> hits = names.get(desc.substring(start, end));
                if (hits != null) {
                    for (NameIndex.Entry other : hits) {
                        if (!other.server().equals(tool.server()) && !offers(context, tool.server(), other.name())) {
                            out.add(new ToolFinding("name.cross-server-reference", Severity.MEDIUM, "/description",
                                    "description refers to tool '" + Snippets.identifier(other.name()) + "' of server '"
                                            + Snippets.identifier(other.server()) + "'"));
                            return;
                        }
                    }
                }
            }
        }
    }

    private static boolean wordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.'
                || (c > 0x7F && Character.isLetterOrDigit(c));
    }

    private static boolean offers(ScanContext context, String server, String name) {
        List<NameIndex.Entry> same = context.nameIndex().byName.get(name);
        if (same != null) {
            for (NameIndex.Entry e : same) {
                if (e.server().equals(server) && !e.pinned()) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean distinctive(String n) {
        for (int i = 1; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '_' || c == '-' || c == '.' || (Character.isUpperCase(c) && Character.isLowerCase(n.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
