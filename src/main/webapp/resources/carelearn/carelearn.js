/*
 * CareLearn's own behaviour on every signed-in page: the header's menus, which are plain HTML so that a page with
 * no PrimeFaces component loads no PrimeFaces script. A file rather than inline script or on* attributes, so that
 * it runs under a nonce-based Content-Security-Policy; it listens on the document, so it needs nothing to be ready
 * when it loads.
 *
 * - The header's Menu button (phones): opens and closes the navigation; Escape closes it and returns to the
 *   button (WAI-ARIA Authoring Practices, disclosure pattern).
 * - Administration (a submenu of the navigation): a disclosure too; Escape closes it and returns to its button,
 *   and it closes when focus or a click goes elsewhere.
 * - Account: a menu button (WAI-ARIA Authoring Practices, menu button pattern). Opening it puts focus on its first
 *   item; the arrow keys, Home and End move between items; Escape closes it and returns to the button; Tab and
 *   Shift+Tab close it and move on from the button, instead of leaving focus on a hidden item.
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

    /** The list a disclosure or menu button controls, or null. */
    function controlled(button) {
        var id = button.getAttribute('aria-controls');
        return id ? document.getElementById(id) : null;
    }

    function setOpen(button, open) {
        var list = controlled(button);
        if (!list) {
            return;
        }
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        list.hidden = !open;
    }

    function isOpen(button) {
        return button.getAttribute('aria-expanded') === 'true';
    }

    /** Every header disclosure and menu button that is open, but keep. */
    function closeOthers(keep) {
        document.querySelectorAll('#nav\\:adminButton[aria-expanded="true"], #nav\\:account_button[aria-expanded="true"]')
            .forEach(function (button) {
                if (button !== keep) {
                    setOpen(button, false);
                }
            });
    }

    function menuItems(menu) {
        return Array.prototype.slice.call(menu.querySelectorAll('[role="menuitem"]'));
    }

    function openMenu(button) {
        closeOthers(button);
        setOpen(button, true);
        var items = menuItems(controlled(button));
        if (items.length) {
            items[0].focus();
        }
    }

    /** A key pressed on an item of the open account menu. */
    function onMenuKey(event, menu) {
        var button = document.querySelector('[aria-controls="' + menu.id + '"]');
        var items = menuItems(menu);
        var at = items.indexOf(document.activeElement);
        var next = null;
        switch (event.key) {
            case 'ArrowDown':
                next = items[(at + 1) % items.length];
                break;
            case 'ArrowUp':
                next = items[(at - 1 + items.length) % items.length];
                break;
            case 'Home':
                next = items[0];
                break;
            case 'End':
                next = items[items.length - 1];
                break;
            case 'Escape':
            case 'Tab':
                event.preventDefault();
                setOpen(button, false);
                (event.key === 'Escape' ? button : nextTabStop(button, event.shiftKey, menu)).focus();
                return;
            default:
                return;
        }
        event.preventDefault();
        next.focus();
    }

    document.addEventListener('click', function (event) {
        if (!event.target.closest) {
            return;
        }
        var toggle = event.target.closest('#menuToggle');
        if (toggle) {
            setNavigationOpen(!navigationOpen());
            return;
        }
        var button = event.target.closest('#nav\\:adminButton, #nav\\:account_button');
        if (button) {
            if (isOpen(button)) {
                setOpen(button, false);
            } else if (button.getAttribute('aria-haspopup') === 'menu') {
                openMenu(button);
            } else {
                closeOthers(button);
                setOpen(button, true);
            }
            return;
        }
        if (!event.target.closest('.app-submenu-list, .account-menu-list')) {
            closeOthers(null);
        }
    });

    // the Administration submenu closes once focus has left it and its button
    document.addEventListener('focusin', function (event) {
        var submenu = document.getElementById('nav:admin');
        var button = document.getElementById('nav:adminButton');
        if (submenu && button && isOpen(button) && !submenu.contains(event.target)) {
            setOpen(button, false);
        }
    });

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if (!target.closest) {
            return;
        }
        var menu = target.closest('.account-menu-list');
        if (menu && !menu.hidden) {
            onMenuKey(event, menu);
            return;
        }
        if (event.key === 'ArrowDown' && target.id === 'nav:account_button') {
            event.preventDefault();
            openMenu(target);
            return;
        }
        var submenu = target.closest('#nav\\:admin');
        var adminButton = document.getElementById('nav:adminButton');
        if (event.key === 'Escape' && submenu && adminButton && isOpen(adminButton)) {
            setOpen(adminButton, false);
            adminButton.focus();
            return;
        }
        if (event.key === 'Escape' && navigationOpen() && target.closest('header')) {
            setNavigationOpen(false);
            navigationToggle().focus();
        }
    });
}());
