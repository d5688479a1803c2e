/*
 * Universal design (issue 15): a chip that the user chooses in a p:autoComplete multiple="true" is added by
 * PrimeFaces' script as an option of a listbox (role, aria-selected, aria-label); the server renders the chips'
 * list as a plain list (shared.web.AriaRepairs.AutoCompleteRenderer), so the chip added here becomes a plain
 * item of it too, which reads its label.
 */
(function () {
    var widgets = window.PrimeFaces && PrimeFaces.widget;
    if (!widgets || !widgets.AutoComplete || widgets.AutoComplete.prototype.lisChipsRepaired) {
        return;
    }
    var addItem = widgets.AutoComplete.prototype.addItem;
    widgets.AutoComplete.prototype.addItem = function () {
        var result = addItem.apply(this, arguments);
        if (this.multiItemContainer) {
            this.multiItemContainer.children('li.ui-autocomplete-token').removeAttr('role aria-selected aria-label');
        }
        return result;
    };
    widgets.AutoComplete.prototype.lisChipsRepaired = true;
})();
