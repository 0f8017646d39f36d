// Benchmark adapter for vis-timeline, given the same entries as the page's JSON. The page's
// data-cluster attribute turns on vis-timeline's own level of detail (its `cluster` option, defaults).
(function () {
  'use strict';
  var started = performance.now();
  var data = JSON.parse(document.getElementById('bench-data').textContent);
  var items = new vis.DataSet(
    data.map(function (d) {
      return {
        id: d.id,
        content: d.title,
        start: d.start,
        end: d.end || undefined,
        group: d.kind,
        type: d.end ? 'range' : 'point',
      };
    }),
  );
  var groups = new vis.DataSet([
    { id: 'event', content: 'Events' },
    { id: 'anniversary', content: 'Anniversaries' },
    { id: 'rotation', content: 'Rotations' },
  ]);
  var resolveReady;
  var ready = new Promise(function (resolve) {
    resolveReady = resolve;
  });
  var options = {
    stack: true,
    min: '2015-01-01',
    max: '2026-01-01',
    start: '2015-01-01',
    end: '2026-01-01',
    zoomMin: 14 * 86400000,
    height: '600px',
    // vis-timeline keeps itself hidden until its items are measured; this is when it first shows them.
    onInitialDrawComplete: function () {
      requestAnimationFrame(function () {
        resolveReady({ loaded: performance.now(), render: performance.now() - started });
      });
    },
  };
  if (document.body.dataset.cluster === 'true') options.cluster = {};
  var timeline = new vis.Timeline(document.getElementById('timeline'), items, groups, options);
  window.bench = {
    ready: ready,
    apply: function (step) {
      timeline.setWindow(step.window[0], step.window[1], { animation: false });
    },
  };
})();
