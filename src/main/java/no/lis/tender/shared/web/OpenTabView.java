package no.lis.tender.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.component.tabview.Tab;
import org.primefaces.component.tabview.TabView;
import org.primefaces.event.TabChangeEvent;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The open tab of a page of tabs (issue 14). The page's {@code p:tabView dynamic="true" cache="true"} renders
 * only the open tab with the page and each other tab when the user first opens it, so that a page of eleven
 * tabs costs about what one tab costs, and the views behind a tab read nothing until it is shown.
 * <p>
 * A tab is named by its id without "Tab" ({@code lots} for {@code lotsTab}). The address may name the tab to
 * open ({@code tender.xhtml?id=7&tab=lots}; the page's script writes the open tab there, so that a reload and
 * the back button show it again), and the view keeps the tab last opened: a form posted without Ajax (an
 * upload, the language switch) shows that tab again rather than the first, and a redirect back to the page
 * names it ({@link #keptIn}). The page asks for it with
 * <pre>
 * &lt;p:tabView id="tabs" dynamic="true" cache="true" onTabShow="lisTabShown(this, index)"&gt;
 *     &lt;f:event type="preRenderComponent" listener="#{openTabView.show}"/&gt;
 *     &lt;p:ajax event="tabChange" listener="#{openTabView.opened}" ignoreAutoUpdate="true"/&gt;
 * </pre>
 */
@Named
@ViewScoped
public class OpenTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The parameter of the address that names the tab to open. */
    static final String PARAMETER = "tab";
    private static final String SUFFIX = "Tab";

    private String name;

    /** The tab the address names, if it names one the way tabs are named. */
    @PostConstruct
    void fromAddress() {
        name = valid(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(PARAMETER));
    }

    /** Before the tab view renders: opens the tab kept, or leaves the view's own choice if it names no tab shown. */
    public void show(ComponentSystemEvent event) {
        TabView tabs = (TabView) event.getComponent();
        List<String> shown = tabs.getChildren().stream().filter(c -> c instanceof Tab && c.isRendered())
                .map(UIComponent::getId).toList();
        int index = indexOf(shown, name);
        if (index >= 0) {
            tabs.setActiveIndex(index);
        }
    }

    /** The user opened a tab: it is the one shown again after a post without Ajax or a redirect back. */
    public void opened(TabChangeEvent<?> event) {
        name = nameOf(event.getTab().getId());
    }

    /**
     * {@code address}, a page of tabs, with the open tab named in it: for a redirect back to the page after a
     * change, which shows the tab where the user made it.
     */
    public String keptIn(String address) {
        return withTab(address, name);
    }

    /** {@code address} naming the tab {@code name}; as it is without a name. */
    static String withTab(String address, String name) {
        return name == null ? address
                : address + (address.contains("?") ? "&" : "?") + PARAMETER + "=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** The position of the tab {@code name} among the tab ids {@code shown}; -1 if none of them has that name. */
    static int indexOf(List<String> shown, String name) {
        return name == null ? -1 : shown.indexOf(name + SUFFIX);
    }

    /** The name of the tab with the id {@code tabId}: its id without "Tab". */
    static String nameOf(String tabId) {
        return valid(tabId.endsWith(SUFFIX) ? tabId.substring(0, tabId.length() - SUFFIX.length()) : tabId);
    }

    /** {@code name} if it can name a tab (letters only), else {@code null}: the address is the user's to write. */
    static String valid(String name) {
        return name != null && name.matches("[A-Za-z]{1,40}") ? name : null;
    }

    public String getName() {
        return name;
    }
}
