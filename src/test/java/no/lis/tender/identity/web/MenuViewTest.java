package no.lis.tender.identity.web;

import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.shared.domain.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MenuViewTest {

    @Test
    void aBuyerSeesHerPagesTheAgreementsAndTheCatalogueAsGroupsButNotTheAdministration() {
        List<MenuEntry> menu = menuOf(Set.of("BUYER")).entries(Messages.BOKMAL, "/lis");

        assertThat(menu).extracting(MenuEntry::label).containsExactly("Oversikt", "Anbudsrunder", "Avtaler og oppfølging",
                "Katalog", "Anbefalinger med priser", "Prisinnsyn: forespørsler", "LIS-anbefalinger", "Mine API-nøkler",
                "Varsler på e-post");
        MenuEntry agreements = menu.get(2);
        assertThat(agreements.isGroup()).isTrue();
        assertThat(agreements.href()).isNull();
        assertThat(agreements.children()).extracting(MenuEntry::href).containsExactly("/lis/agreements/agreements.xhtml",
                "/lis/agreements/follow-up.xhtml", "/lis/agreements/adherence.xhtml",
                "/lis/agreements/recommendations.xhtml", "/lis/agreements/negotiations.xhtml");
        assertThat(menu.get(0).href()).isEqualTo("/lis/buyer/overview.xhtml");
        assertThat(menu.get(0).id()).isEqualTo("nav-nav-overview");
    }

    @Test
    void aSupplierSeesOnlyHerOwnPagesAndTheSharedOnes() {
        List<MenuEntry> menu = menuOf(Set.of("SUPPLIER")).entries(Locale.ENGLISH, "");

        assertThat(menu).noneMatch(MenuEntry::isGroup);
        assertThat(menu).extracting(MenuEntry::href).containsExactly("/supplier/home.xhtml", "/supplier/letters.xhtml",
                "/supplier/colleagues.xhtml", "/supplier/stock.xhtml", "/recommendations/index.xhtml",
                "/account/tokens.xhtml", "/account/notices.xhtml");
    }

    @Test
    void aSpecialistWithoutPricedAccessMayAskForItAndAnAnonymousReaderSeesTheRecommendationsOnly() {
        assertThat(menuOf(Set.of("SPECIALIST")).entries(Messages.BOKMAL, "")).extracting(MenuEntry::href)
                .contains("/specialist/home.xhtml", "/account/price-access.xhtml").doesNotContain("/pricing/home.xhtml");
        assertThat(menuOf(Set.of("SPECIALIST", "PRICE_VIEWER")).entries(Messages.BOKMAL, "")).extracting(MenuEntry::href)
                .contains("/pricing/home.xhtml", "/account/price-access.xhtml");

        MenuView anonymous = new MenuView();
        anonymous.user = new Caller(false, Set.of());
        assertThat(anonymous.entries(Messages.BOKMAL, "")).extracting(MenuEntry::href)
                .containsExactly("/recommendations/index.xhtml");
    }

    @Test
    void theLabelsFollowTheLanguage() {
        assertThat(menuOf(Set.of("ADMIN")).entries(Locale.ENGLISH, "")).extracting(MenuEntry::label)
                .contains("Users").doesNotContain("Brukere");
        assertThat(menuOf(Set.of("ADMIN")).entries(Messages.BOKMAL, "")).extracting(MenuEntry::label)
                .contains("Brukere").doesNotContain("Users");
    }

    private static MenuView menuOf(Set<String> roles) {
        MenuView menu = new MenuView();
        menu.user = new Caller(true, roles);
        return menu;
    }

    /** The caller as the container would tell her. */
    private static final class Caller extends CurrentUser {
        private final boolean loggedIn;
        private final Set<String> roles;

        Caller(boolean loggedIn, Set<String> roles) {
            this.loggedIn = loggedIn;
            this.roles = roles;
        }

        @Override
        public boolean isLoggedIn() {
            return loggedIn;
        }

        @Override
        public Set<String> roleNames() {
            return roles;
        }
    }
}
