/*
 * CareLearn's own behaviour on every signed-in page, on top of PrimeFaces. A file rather than inline script or
 * on* attributes, so that it runs under a nonce-based Content-Security-Policy; it listens on the document, so it
 * needs nothing to be ready when it loads (it may run before or after PrimeFaces' widgets are made).
 *
 * - The header's Menu button (phones): opens and closes the navigation; Escape closes it and returns to the
 *   button (WAI-ARIA Authoring Practices, disclosure pattern).
 * - PrimeFaces menu buttons (Account): Escape closes the menu and returns focus to its button; Tab and Shift+Tab
 *   close it and move on from the button, instead of leaving focus on a hidden item or on the page
 *   (WAI-ARIA Authoring Practices, menu button pattern).
 */
(function () {
    'use strict';

    var TABBABLE = 'a[href], button, input, select, textarea, [tabindex]';

    function navigationToggle() {
        return document.getElementById('menuToggle');
    }

    function setNavigationOpen(open) {
        var toggle = navigationToggle();
        if (!toggle) {
            return;
        }
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        var header = toggle.closest('header');
        if (header) {
            header.classList.toggle('nav-open', open);
        }
    }

    function navigationOpen() {
        var toggle = navigationToggle();
        return !!toggle && toggle.getAttribute('aria-expanded') === 'true';
    }

    function shown(element) {
        return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    }

    /** The element Tab reaches after (or, backwards, before) this one, skipping what lies inside skip. */
    function nextTabStop(from, backwards, skip) {
        var candidates = Array.prototype.filter.call(document.querySelectorAll(TABBABLE), function (element) {
            return element.tabIndex >= 0 && !element.disabled && !skip.contains(element) && shown(element);
        });
        if (backwards) {
            return from;
        }
        for (var i = 0; i < candidates.length; i++) {
            if (from.compareDocumentPosition(candidates[i]) & Node.DOCUMENT_POSITION_FOLLOWING
                    && !from.contains(candidates[i])) {
                return candidates[i];
            }
        }
        return from;
    }

    /** A key pressed in an open PrimeFaces menu button's menu (its id is the widget's id plus "_menu"). */
    function onMenuButtonKey(event, menu) {
        if (event.key !== 'Escape' && event.key !== 'Tab') {
            return;
        }
        var id = menu.id.replace(/_menu$/, '');
        var button = document.getElementById(id + '_button');
        var widget = window.PrimeFaces && PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(id) : null;
        if (!button || !widget) {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        widget.hide();
        var target = event.key === 'Escape' ? button : nextTabStop(button, event.shiftKey, menu);
        target.focus();
    }

    document.addEventListener('click', function (event) {
        var toggle = event.target.closest && event.target.closest('#menuToggle');
        if (toggle) {
            setNavigationOpen(!navigationOpen());
        }
    });

    // capture: before PrimeFaces' own handlers on the menu items
    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if (!target.closest) {
            return;
        }
        var menu = target.closest('.ui-menubutton .ui-menu, .ui-menu[id$="_menu"]');
        if (menu && menu.id && shown(menu)) {
            onMenuButtonKey(event, menu);
            return;
        }
        if (event.key === 'Escape' && navigationOpen() && target.closest('header')) {
            setNavigationOpen(false);
            navigationToggle().focus();
        }
    }, true);
}());
