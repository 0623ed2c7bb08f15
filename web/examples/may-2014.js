// Drives the embedded Rift from the article: each section sends its state when it scrolls into view.
'use strict';
(function () {
  var frame = document.getElementById('rift');
  var ready = false;
  var pending = null;
  window.riftReady = false;   // for readers of this example (and its test): the explorer answered
  window.lastState = null;    // the explorer's latest state, as it reports it

  function send(state) {
    if (!ready) { pending = state; return; }
    frame.contentWindow.postMessage({ rift: 'setState', state: state }, location.origin === 'null' ? '*' : location.origin);
  }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || !event.data || typeof event.data !== 'object') return;
    if (event.data.rift === 'ready') {
      ready = true;
      window.riftReady = true;
      if (pending) { send(pending); pending = null; }
    } else if (event.data.rift === 'state') {
      window.lastState = event.data.state;
    }
  });

  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      document.querySelectorAll('section.active').forEach(function (s) { s.classList.remove('active'); });
      entry.target.classList.add('active');
      send(JSON.parse(entry.target.getAttribute('data-state')));
    });
  }, { rootMargin: '-45% 0px -45% 0px' });
  document.querySelectorAll('section[data-state]').forEach(function (s) { observer.observe(s); });
})();
