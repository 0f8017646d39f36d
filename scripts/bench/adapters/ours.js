// Benchmark adapter for <defence-timeline> on the site's own pages, added before the page's scripts run
// (a DevTools init script, so the page keeps its Content-Security-Policy): first render, and a view set
// through the element's public setWindow().
(function () {
  'use strict';
  function element() {
    return document.querySelector('defence-timeline');
  }
  window.bench = {
    ready: new Promise(function (resolve) {
      function check() {
        var timeline = element();
        if (timeline && timeline.dataset.ready === 'true') {
          requestAnimationFrame(function () {
            // The data script marks when it starts parsing, the element when its own script starts:
            // the first render begins at the earlier, so that parsing the data counts.
            var start =
              performance.getEntriesByName('timeline:data')[0] || performance.getEntriesByName('timeline:start')[0];
            resolve({ loaded: performance.now(), render: performance.now() - (start ? start.startTime : 0) });
          });
        } else setTimeout(check, 1);
      }
      check();
    }),
    apply: function (step) {
      element().setWindow(step.window[0], step.window[1]);
    },
  };
})();
