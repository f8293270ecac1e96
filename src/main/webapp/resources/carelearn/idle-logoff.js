/* Automatic logoff warning (HIPAA 45 CFR 164.312(a)(2)(iii)). The server ends a session after the idle limit
   (staff.web.SessionLimits); this script warns a little before, lets the person stay signed in, and leaves the
   page for the sign-in page once the server says the session is over. It asks the server how long is left
   rather than trusting its own clock, so tabs open side by side agree and a page left open does not keep the
   session alive (asking is not activity; choosing to stay is). */
(function () {
    var config = document.getElementById('idleLogoff');
    if (!config) {
        return;
    }
    var idleSeconds = parseInt(config.getAttribute('data-idle-seconds'), 10);
    var warningSeconds = parseInt(config.getAttribute('data-warning-seconds'), 10);
    var statusUrl = config.getAttribute('data-status');
    var signInUrl = config.getAttribute('data-signin');
    var timer = null;
    var countdown = null;
    var deadline = 0;

    /* a native modal dialog: focus stays inside it while it is open, and the page behind is inert */
    function dialog() {
        var element = document.getElementById('idleWarning');
        return element && typeof element.showModal === 'function' ? element : null;
    }

    function schedule(secondsLeft) {
        clearTimeout(timer);
        deadline = Date.now() + secondsLeft * 1000;
        var untilWarning = Math.max(0, secondsLeft - warningSeconds) * 1000;
        timer = setTimeout(ask, untilWarning);
    }

    /* the server's answer names the sign-in page with the reason; without an answer, say idle only when due */
    function leave(answer) {
        clearTimeout(timer);
        clearInterval(countdown);
        window.location.assign(answer && answer.signIn ? answer.signIn
            : signInUrl + (Date.now() >= deadline ? '?ended=idle' : ''));
    }

    function showWarning() {
        var shown = dialog();
        if (!shown) {
            return;
        }
        if (!shown.open) {
            shown.showModal();
            var stay = document.getElementById('staySignedIn');
            if (stay) {
                stay.focus();
            }
        }
        clearInterval(countdown);
        var update = function () {
            var left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
            document.getElementById('idleCountdown').textContent = String(left);
        };
        update();
        countdown = setInterval(update, 1000);
    }

    function hideWarning() {
        clearInterval(countdown);
        var shown = dialog();
        if (shown && shown.open) {
            shown.close();
        }
    }

    function handle(answer) {
        if (!answer || !answer.signedIn) {
            leave(answer);
            return;
        }
        var left = answer.secondsLeft;
        if (left > warningSeconds) {
            hideWarning();
            schedule(left);
            return;
        }
        clearTimeout(timer);
        deadline = Date.now() + left * 1000;
        showWarning();
        /* ask again when the time is up: the server ends the session then, or another tab has kept it */
        timer = setTimeout(ask, left * 1000 + 250);
    }

    function call(method) {
        return fetch(statusUrl, {method: method, credentials: 'same-origin', cache: 'no-store',
            headers: {'Accept': 'application/json'}})
            .then(function (response) {
                var type = response.headers.get('Content-Type') || '';
                /* signed out already: the request met the sign-in page instead of the answer */
                return response.ok && type.indexOf('application/json') === 0 ? response.json() : null;
            });
    }

    function ask() {
        call('GET').then(handle, function () {
            /* the server could not be reached: try again shortly, the server still ends the session on time */
            timer = setTimeout(ask, 5000);
        });
    }

    function stay(event) {
        event.preventDefault();
        call('POST').then(handle, function () {
            timer = setTimeout(ask, 5000);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var button = document.getElementById('staySignedIn');
        if (button) {
            button.addEventListener('click', stay);
        }
        var warning = dialog();
        if (warning) {
            /* Escape does not dismiss the warning unanswered: it means "I am here", as the button does */
            warning.addEventListener('cancel', stay);
        }
    });
    /* every PrimeFaces request the person makes is activity: start counting again */
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            hideWarning();
            schedule(idleSeconds);
        });
    }
    schedule(idleSeconds);
})();
