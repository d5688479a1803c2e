package no.lis.tender.identity.web;

import java.util.List;

/**
 * One entry of the page template's main menu as the user sees it: a link to a page, or a group of
 * links ({@code children}) that opens below its label.
 *
 * @param id       the element id, from the label's message key ({@code nav-nav-tenders})
 * @param label    the text, in the user's language
 * @param href     the page's address, with the context path; {@code null} for a group
 * @param icon     PrimeIcons classes, or empty
 * @param children the group's links; empty for a link
 */
public record MenuEntry(String id, String label, String href, String icon, List<MenuEntry> children) {

    public MenuEntry {
        children = List.copyOf(children);
    }

    public boolean isGroup() {
        return !children.isEmpty();
    }
}
