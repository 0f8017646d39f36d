// Benchmark adapter for <defence-timeline>: first render, and a view set by window.
(function () {
  'use strict';
  var element = document.querySelector('defence-timeline');
  window.bench = {
    ready: new Promise(function (resolve) {
      function check() {
        if (element && element.dataset.ready === 'true') {
          requestAnimationFrame(function () {
            // The element marks when its own script starts: that is where its first render begins.
            var start = performance.getEntriesByName('timeline:start')[0];
            resolve({ loaded: performance.now(), render: performance.now() - (start ? start.startTime : 0) });
          });
        } else setTimeout(check, 1);
      }
      check();
    }),
    apply: function (step) {
      element.setWindow(step.window[0], step.window[1]);
    },
  };
})();
