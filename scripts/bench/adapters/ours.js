// Benchmark adapter for <defence-timeline>: first render, and a view set by window.
(function () {
  'use strict';
  var element = document.querySelector('defence-timeline');
  window.bench = {
    ready: new Promise(function (resolve) {
      function check() {
        if (element && element.dataset.ready === 'true')
          requestAnimationFrame(function () {
            resolve(performance.now());
          });
        else setTimeout(check, 1);
      }
      check();
    }),
    apply: function (step) {
      element.setWindow(step.window[0], step.window[1]);
    },
  };
})();
