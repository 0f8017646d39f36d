/*
 * Resizes every embedded Vietnam defence-diplomacy timeline on this page to
 * the height its content reports. Include once: <script src=".../embed.js" async></script>
 */
(function () {
  'use strict';
  var MESSAGE = 'defence-timeline:height';
  var MAX_HEIGHT = 20000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== MESSAGE || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      // Only the frame that sent the message, and only if it is one of ours.
      if (frames[i].contentWindow === event.source && /\/embed\/?(\?|#|$)/.test(frames[i].src)) {
        frames[i].style.height = Math.max(0, Math.min(Math.ceil(data.height), MAX_HEIGHT)) + 'px';
      }
    }
  });
})();
