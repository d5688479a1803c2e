/*
 * A page of tabs (issue 14, shared.web.OpenTabView) names its open tab in the address, ?tab=lots for the tab
 * lotsTab, without a new entry in the history: a reload, and the back button from the next page, show the
 * tab the user was on. Called by the p:tabView's onTabShow with the widget and the index of the tab shown.
 */
function lisTabShown(tabView, index) {
    var id = tabView.panelContainer.children().eq(index).attr('id') || '';
    var name = id.substring(id.lastIndexOf(':') + 1).replace(/Tab$/, '');
    if (!window.URL || !window.history.replaceState || !/^[A-Za-z]+$/.test(name)) {
        return;
    }
    var address = new URL(window.location.href);
    address.searchParams.set('tab', name);
    window.history.replaceState(window.history.state, '', address.toString());
}
