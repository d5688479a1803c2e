package no.lis.tender.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.web.LocaleView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The page template's main menu: which entries the user sees, by her roles (asked of the container once
 * per request), with their labels in her language and their addresses. The template asks it for
 * {@link #getEntries()} only.
 * <p>
 * The menu is plain links, written by the template with one {@code ui:repeat} (issue 14): as a
 * {@code p:menubar} of {@code p:menuitem}s with outcomes and a {@code rendered} expression each, it cost
 * every page about as much as a whole bare PrimeFaces page (docs/performance.md, "The template").
 */
@Named
@RequestScoped
public class MenuView {

    /** The menu, in order: what each entry shows and who sees it. */
    private static final List<Item> MENU = List.of(
            link("nav.overview", "/buyer/overview", "pi pi-th-large", MenuView::isBuyerOrAdmin),
            link("nav.tenders", "/tendering/tenders", "pi pi-list", MenuView::isBuyerOrAdmin),
            group("nav.agreements", "pi pi-briefcase", MenuView::isBuyer,
                    link("nav.agreementList", "/agreements/agreements", "pi pi-file-check"),
                    link("followUp.title", "/agreements/follow-up", "pi pi-chart-line"),
                    link("adherence.title", "/agreements/adherence", "pi pi-upload"),
                    link("nav.buyerRecommendations", "/agreements/recommendations", "pi pi-list-check"),
                    link("negotiation.list.title", "/agreements/negotiations", "pi pi-comments")),
            group("nav.catalogue", "pi pi-book", MenuView::isBuyerOrAdmin,
                    link("nav.substances", "/catalogue/substances", ""),
                    link("nav.products", "/catalogue/products", ""),
                    link("nav.suppliers", "/catalogue/suppliers", ""),
                    link("nav.groups", "/catalogue/groups", ""),
                    link("nav.criteriaLibrary", "/tendering/criteria-library", "")),
            link("nav.supplierHome", "/supplier/home", "pi pi-briefcase", MenuView::isSupplier),
            link("nav.letters", "/supplier/letters", "pi pi-envelope", MenuView::isSupplier),
            link("nav.colleagues", "/supplier/colleagues", "pi pi-users", MenuView::isSupplier),
            link("nav.supplierStock", "/supplier/stock", "pi pi-box", MenuView::isSupplier),
            link("nav.specialistHome", "/specialist/home", "pi pi-users", MenuView::isSpecialist),
            link("nav.specialistRecommendations", "/specialist/recommendations", "pi pi-check-square",
                    MenuView::isSpecialist),
            link("nav.pricing", "/pricing/home", "pi pi-lock",
                    menu -> menu.isPriceViewer() || menu.isBuyerOrAdmin()),
            link("nav.priceAccessDecisions", "/buyer/price-access", "pi pi-unlock", MenuView::isBuyerOrAdmin),
            link("nav.priceAccessRequest", "/account/price-access", "pi pi-lock-open",
                    menu -> menu.isLoggedIn() && !menu.isSupplier() && !menu.isBuyerOrAdmin()),
            link("nav.securityLog", "/admin/security-log", "pi pi-shield", MenuView::isAdmin),
            link("nav.recommendations", "/recommendations/index", "pi pi-file", menu -> true),
            link("nav.users", "/admin/users", "pi pi-user-edit", MenuView::isAdmin),
            link("nav.outbox", "/admin/outbox", "pi pi-envelope", MenuView::isAdmin),
            link("nav.lockouts", "/admin/lockouts", "pi pi-lock", MenuView::isAdmin),
            link("nav.tokens", "/account/tokens", "pi pi-key", MenuView::isLoggedIn),
            link("notices.menu", "/account/notices", "pi pi-envelope", MenuView::isLoggedIn));

    @Inject
    CurrentUser user;
    @Inject
    LocaleView locale;
    @Inject
    HttpServletRequest request;

    private Boolean loggedIn;
    private Set<String> roles;
    private List<MenuEntry> entries;

    private boolean isLoggedIn() {
        if (loggedIn == null) {
            loggedIn = user.isLoggedIn();
        }
        return loggedIn;
    }

    private boolean has(Role role) {
        if (roles == null) {
            roles = isLoggedIn() ? user.roleNames() : Set.of();
        }
        return roles.contains(role.name());
    }

    private boolean isBuyer() {
        return has(Role.BUYER);
    }

    private boolean isAdmin() {
        return has(Role.ADMIN);
    }

    private boolean isBuyerOrAdmin() {
        return isBuyer() || isAdmin();
    }

    private boolean isSupplier() {
        return has(Role.SUPPLIER);
    }

    private boolean isSpecialist() {
        return has(Role.SPECIALIST);
    }

    private boolean isPriceViewer() {
        return has(Role.PRICE_VIEWER);
    }

    /** The entries this user sees, in the menu's order; a group only with its links. */
    public List<MenuEntry> getEntries() {
        if (entries == null) {
            entries = entries(locale.getLocale(), request.getContextPath());
        }
        return entries;
    }

    List<MenuEntry> entries(Locale language, String contextPath) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, language);
        List<MenuEntry> shown = new ArrayList<>();
        for (Item item : MENU) {
            if (item.seenBy().test(this)) {
                shown.add(item.entry(bundle, contextPath));
            }
        }
        return shown;
    }

    private static Item link(String key, String page, String icon, Predicate<MenuView> seenBy) {
        return new Item(key, page, icon, seenBy, List.of());
    }

    private static Item link(String key, String page, String icon) {
        return link(key, page, icon, menu -> true);
    }

    private static Item group(String key, String icon, Predicate<MenuView> seenBy, Item... links) {
        return new Item(key, null, icon, seenBy, List.of(links));
    }

    /** An entry of {@link #MENU}: a message key, a page (without {@code .xhtml}), who sees it. */
    private record Item(String key, String page, String icon, Predicate<MenuView> seenBy, List<Item> links) {

        MenuEntry entry(ResourceBundle bundle, String contextPath) {
            return new MenuEntry("nav-" + key.replace('.', '-'), bundle.getString(key),
                    page == null ? null : contextPath + page + ".xhtml", icon,
                    links.stream().map(link -> link.entry(bundle, contextPath)).toList());
        }
    }
}
