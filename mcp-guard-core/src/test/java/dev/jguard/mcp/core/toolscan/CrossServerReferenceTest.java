package dev.jguard.mcp.core.toolscan;

import static dev.jguard.mcp.core.toolscan.ToolScannerRulesTest.rulesOf;
import static dev.jguard.mcp.core.toolscan.ToolScannerRulesTest.scan;
import static dev.jguard.mcp.core.toolscan.ToolScannerRulesTest.tool;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code name.cross-server-reference}: another server's tool named as a whole word of a description. */
class CrossServerReferenceTest {

    private static ScanReport twoServers(String description) {
        return scan(ScanContext.of(List.of(ToolDefinition.of("github", tool("get_issue", "Get an issue.")),
                ToolDefinition.of("notes", tool("add_note", description))), Map.of()));
    }

    @Test
    void wholeWordReferencesAreFoundWhateverThePunctuationAround() {
        for (String d : List.of("Before answering, call get_issue.", "Uses `get_issue` first", "(see get_issue)", "get_issue: always")) {
            assertThat(rulesOf(twoServers(d), "notes", "add_note")).as(d).contains("name.cross-server-reference");
        }
    }

    @Test
    void aLongerNameContainingTheOtherIsNotAReference() {
        for (String d : List.of("Works like get_issue_tag_values.", "Calls forget_issue on close.", "No tools named here.")) {
            assertThat(rulesOf(twoServers(d), "notes", "add_note")).as(d).doesNotContain("name.cross-server-reference");
        }
    }

    @Test
    void aServerNamingItsOwnToolIsNotAReference() {
        ScanReport r = scan(ScanContext.of(List.of(ToolDefinition.of("github", tool("get_issue", "Get an issue.")),
                ToolDefinition.of("github", tool("list_issues", "Lists issues; use get_issue for one."))), Map.of()));
        assertThat(rulesOf(r, "github", "list_issues")).doesNotContain("name.cross-server-reference");
    }
}
