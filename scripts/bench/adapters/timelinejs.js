// Benchmark adapter for TimelineJS. It has no public "show this period" call; its TimeNav (the
// timeline's `_timenav`) draws the whole span of the data across `scale_factor` screen widths and
// offers setZoomFactor(). A window is shown by the zoom factor that makes the window one screen wide
// (the data's span ÷ the window's) and by moving the TimeNav's slider so the window's middle is
// centred, as its own navigation does. TimelineJS animates its markers by CSS transitions (1 s):
// the benchmark waits until no animation runs before the next window.
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
      var nav = timeline._timenav;
      var scale = nav.timescale;
      var span = scale._span_in_millis;
      nav.setZoomFactor(span / (step.window[1] - step.window[0]));
      var middle = (step.window[0] + step.window[1]) / 2;
      nav._el.slider.style.left = -nav.timescale.getPosition(middle) + nav.options.width / 2 + 'px';
    },
  };
})();
