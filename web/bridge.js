// The page's bridge to the WebAssembly app: starts fetching code and data at once, reports progress and
// problems, wakes the paused frame loop on input, and exposes window.rift to the page and to host pages.
'use strict';
(function () {
  var statusBox = document.getElementById('status');
  var statusText = document.getElementById('status-text');
  var canvas = document.getElementById('canvas');

  function fail(message) {
    statusBox.className = 'error';
    statusText.textContent = message;
  }

  // Capabilities first: a clear message instead of a blank page.
  if (typeof WebAssembly !== 'object') {
    fail('Rift needs a browser with WebAssembly. The dataset is available as data/events.json.');
    return;
  }
  var probe = document.createElement('canvas');
  if (!probe.getContext('webgl2')) {
    fail('Rift needs WebGL 2, which this browser or device does not offer. The dataset is available as data/events.json.');
    return;
  }

  function urlParam(name) {
    var text = location.hash.length > 1 ? location.hash.substring(1) : location.search.substring(1);
    var parts = text.split('&');
    for (var i = 0; i < parts.length; i++) {
      var kv = parts[i].split('=');
      if (decodeURIComponent(kv[0]) === name) {
        try { return decodeURIComponent((kv[1] || '').replace(/\+/g, ' ')); } catch (e) { return null; }
      }
    }
    return null;
  }

  // The dataset: the built-in one, or data=URL (http(s) or relative only; the app validates it).
  var dataUrl = urlParam('data');
  var ownData = dataUrl && (/^https?:\/\//i.test(dataUrl) || !/:/.test(dataUrl));
  function fetchText(url) {
    return fetch(url, { credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.text();
    });
  }
  var builtIn = Promise.all([fetchText('data/events.json'), fetchText('data/vendors.json')]);
  var firstFrame;
  var stats = { framesDrawn: 0, lastFrameMs: 0, firstFrameMs: null };
  window.rift = {
    ready: new Promise(function (resolve) { firstFrame = resolve; }),
    stats: function () { return Object.assign({}, stats); },
    _firstFrame: function (ms) {
      stats.firstFrameMs = ms;
      statusBox.className = 'hidden';
      firstFrame();
    },
    _frame: function (ms) { stats.framesDrawn++; stats.lastFrameMs = ms; },
    _changed: function () {}
  };

  window.Module = Object.assign(window.Module || {}, {
    canvas: canvas,
    print: function (t) { console.log(t); },
    printErr: function (t) { console.warn(t); },
    locateFile: function (path) { return path; }
  });
  var runtimeReady = new Promise(function (resolve) { window.Module.onRuntimeInitialized = resolve; });

  function load(events, vendors, origin) {
    window.Module.ccall('rift_load_dataset', null, ['string', 'string', 'string'], [events, vendors, origin]);
  }

  statusText.textContent = 'Loading Rift… (data and code)';
  Promise.all([builtIn, runtimeReady]).then(function (r) {
    load(r[0][0], r[0][1], 'built-in dataset');
    if (ownData) {
      fetchText(dataUrl).then(function (text) { load(text, r[0][1], dataUrl); })
        .catch(function (e) { console.warn('Rift: could not load ' + dataUrl + ': ' + e.message); });
    }
  }).catch(function (e) {
    fail('Rift could not load its data: ' + e.message);
  });

  // The frame loop pauses when idle; any input wakes it.
  function wake() { if (window.Module && window.Module._rift_wake) window.Module._rift_wake(); }
  ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'keydown', 'keyup', 'touchstart', 'touchmove', 'touchend', 'focus']
    .forEach(function (type) { canvas.addEventListener(type, wake, { passive: true }); });
  window.addEventListener('resize', wake);
  window.addEventListener('hashchange', function () {
    if (window.Module && window.Module._rift_set_url_state)
      window.Module.ccall('rift_set_url_state', null, ['string'], [location.hash.substring(1)]);
  });
  canvas.focus();
})();
