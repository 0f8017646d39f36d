// Benchmark adapter for TimelineJS. It has no "show this period" call: zoom steps
// use its zoomIn/zoomOut and pan steps its next-slide navigation.
(function () {
  'use strict';
  var started = performance.now();
  var data = JSON.parse(document.getElementById('bench-data').textContent);
  function date(text) {
    var parts = text.split('-');
    var value = { year: Number(parts[0]) };
    if (parts[1]) value.month = Number(parts[1]);
    if (parts[2]) value.day = Number(parts[2]);
    return value;
  }
  var events = data.map(function (d) {
    var event = { unique_id: d.id, start_date: date(d.start), text: { headline: d.title }, group: d.kind };
    if (d.end) event.end_date = date(d.end);
    return event;
  });
  var resolveReady;
  var ready = new Promise(function (resolve) {
    resolveReady = resolve;
  });
  var timeline = new TL.Timeline(
    'timeline',
    { events: events },
    {
      script_path: document.currentScript ? document.currentScript.src.replace(/[^/]*$/, '') : '',
      hash_bookmark: false,
      language: 'en',
      font: null,
      timenav_height_percentage: 60,
    },
  );
  timeline.on('loaded', function () {
    requestAnimationFrame(function () {
      resolveReady({ loaded: performance.now(), render: performance.now() - started });
    });
  });
  window.bench = {
    ready: ready,
    apply: function (step) {
      if (step.kind === 'zoom-in') timeline.zoomIn();
      else if (step.kind === 'zoom-out') timeline.zoomOut();
      else timeline.goToNext();
    },
  };
})();
