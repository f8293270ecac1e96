/*
 * The lesson player (learning/player.xhtml) and the admin preview: the lesson runs in a sandboxed frame of the
 * content origin, so it cannot navigate this window. When it returns (cmi5 returnURL), its return page posts
 * one message; only a message from the frame's own window counts, and it carries nothing but that.
 */
(function () {
  'use strict';
  var frame = document.getElementById('au-frame');
  if (!frame || !frame.getAttribute('data-returned')) {
    return;
  }
  window.addEventListener('message', function (event) {
    if (event.source === frame.contentWindow && event.data === 'carelearn:lesson-returned') {
      window.location.assign(frame.getAttribute('data-returned'));
    }
  });
}());
