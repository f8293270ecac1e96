/* A CareLearn page that opens inside a frame of CareLearn (a lesson's cmi5 returnURL inside the player) takes
   over the whole window. A file rather than an inline script: the Content-Security-Policy runs no inline code. */
(function () {
    if (window.top === window.self) {
        return;
    }
    try {
        if (window.top.location.origin === window.location.origin) {
            window.top.location.replace(window.location.href);
        }
    } catch (e) {
        /* framed by another origin: stay */
    }
})();
