package no.lis.tender.shared.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpenTabViewTest {

    private static final List<String> SHOWN = List.of("detailsTab", "lotsTab", "criteriaTab", "noticeTab");

    @Test
    void theAddressNamesATabByItsIdWithoutTab() {
        assertThat(OpenTabView.indexOf(SHOWN, "lots")).isEqualTo(1);
        assertThat(OpenTabView.indexOf(SHOWN, "notice")).isEqualTo(3);
        assertThat(OpenTabView.nameOf("criteriaTab")).isEqualTo("criteria");
    }

    @Test
    void aNameOfNoTabShownLeavesThePageItsOwnChoice() {
        assertThat(OpenTabView.indexOf(SHOWN, "documents")).as("a tab not rendered for a draft").isEqualTo(-1);
        assertThat(OpenTabView.indexOf(SHOWN, null)).isEqualTo(-1);
    }

    @Test
    void onlyLettersCanNameATabSoTheAddressCannotCarryAnythingElseIntoARedirect() {
        assertThat(OpenTabView.valid("lots")).isEqualTo("lots");
        assertThat(OpenTabView.valid("lots&id=1")).isNull();
        assertThat(OpenTabView.valid("")).isNull();
        assertThat(OpenTabView.valid(null)).isNull();
    }

    @Test
    void aRedirectBackToThePageNamesTheOpenTab() {
        assertThat(OpenTabView.withTab("/tendering/tender.xhtml?id=7", "notice")).isEqualTo("/tendering/tender.xhtml?id=7&tab=notice");
        assertThat(OpenTabView.withTab("/tendering/tender.xhtml", "lots")).isEqualTo("/tendering/tender.xhtml?tab=lots");
        assertThat(OpenTabView.withTab("/tendering/tender.xhtml?id=7", null)).isEqualTo("/tendering/tender.xhtml?id=7");
    }
}
