/* The main menu's groups (details elements in the page template): one open at a time; a click elsewhere or
   Escape closes the open one, Escape gives the focus back to its label. */
(function () {
    function groups() {
        return document.querySelectorAll('.lis-menu-group[open]');
    }
    document.addEventListener('toggle', function (event) {
        var opened = event.target;
        if (!opened.classList || !opened.classList.contains('lis-menu-group') || !opened.open) {
            return;
        }
        groups().forEach(function (group) {
            if (group !== opened) {
                group.open = false;
            }
        });
    }, true);
    document.addEventListener('click', function (event) {
        groups().forEach(function (group) {
            if (!group.contains(event.target)) {
                group.open = false;
            }
        });
    });
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        groups().forEach(function (group) {
            var hadFocus = group.contains(document.activeElement);
            group.open = false;
            if (hadFocus) {
                group.querySelector('summary').focus();
            }
        });
    });
})();
