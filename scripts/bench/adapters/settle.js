// Added to every benchmarked page as a DevTools init script: applies one view change through the page's
// adapter and resolves once the page has settled — at least `settle` ms, no animation running
// (document.getAnimations(), which lists CSS transitions and animations and Web Animations), then two
// frames; after `cap` ms it resolves as it stands.
(function () {
  'use strict';
  function frame() {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () {
        resolve();
      });
    });
  }
  function animating() {
    return document.getAnimations().some(function (animation) {
      return animation.playState === 'running';
    });
  }
  window.benchStep = function (step, settle, cap) {
    var started = performance.now();
    window.bench.apply(step);
    return frame().then(function wait() {
      var elapsed = performance.now() - started;
      // One timer to the end of the settling time, then one every 20 ms while something animates: the
      // benchmark's own waiting is a small, equal share of every library's figure.
      var delay = elapsed < settle ? settle - elapsed : animating() && elapsed < cap ? 20 : 0;
      if (delay > 0)
        return new Promise(function (resolve) {
          setTimeout(resolve, delay);
        }).then(wait);
      return frame().then(frame);
    });
  };
  // For the phone profile: resolves with the time from the next click to the frame after the details panel shows.
  window.benchClickToDetails = function () {
    var details = document.querySelector('defence-timeline [data-part="details"]');
    return new Promise(function (resolve) {
      window.addEventListener(
        'click',
        function (event) {
          function check() {
            if (details && !details.hidden)
              requestAnimationFrame(function () {
                resolve(performance.now() - event.timeStamp);
              });
            else requestAnimationFrame(check);
          }
          check();
        },
        { capture: true, once: true },
      );
    });
  };
})();
