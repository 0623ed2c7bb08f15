// The poster (docs/PERFORMANCE.md, "Poster"): the default view as a picture, rendered at build time by the page
// itself (tools/render_posters.mjs), shown within the first second while the code and the data still download, and
// replaced by the first live frame (bridge.js, _firstFrame). The build puts this script inline in the page's head
// (tools/gen_page.py poster, its hash in the Content-Security-Policy), so it runs before anything else is fetched.
//
// Only a URL that asks for the default view gets a poster (no state, or only theme=): a permalink never flashes a
// different view. The picture is the one for the reader's layout (phone under 760 CSS pixels wide, as the app
// decides), theme and pixel density (desktop 1× or 2×, phone 2×). Until its response begins, the page holds its other
// downloads, so that on a slow network the poster gets the bandwidth; then (at most 450 ms after the start) the
// preloads below start, a round trip before their bytes compete with the poster's, and bridge.js goes on
// (window.riftGate: the data, the code, and its WebGL context after the poster is painted). Without a poster they
// start at once.
'use strict';
(function () {
  var started = false, open, painted;
  var gate = new Promise(function (resolve) { open = resolve; });
  // Resolved once the poster is on screen (or there is none, or it failed, or after 1.5 s): bridge.js makes the WebGL
  // context only then, since making it holds the main thread for hundreds of milliseconds on a slow device, and the
  // GPU process besides (made as soon as the poster's frame was committed, it held that frame's paint: in one of two
  // traced loads the page's first paint came 600 ms later).
  window.riftPainted = new Promise(function (resolve) { painted = resolve; });
  setTimeout(function () { painted(); }, 1500);
  var preloads = [['rift.js', 'script'], ['rift.wasm', 'fetch', 'application/wasm'], ['data/events.first.bin', 'fetch'],
                  ['assets/fonts.bin', 'fetch']];
  function go() {
    if (started) return;
    started = true;
    preloads.forEach(function (p) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.href = p[0];
      link.as = p[1];
      if (p[2]) link.type = p[2];
      if (p[1] === 'fetch') link.crossOrigin = 'anonymous';
      document.head.appendChild(link);
    });
    open();
  }
  window.riftGate = gate;

  // The URL's state, as the app reads it (the query, then the fragment): only theme= may be set.
  var theme = 'light', plain = true;
  (location.search.slice(1) + '&' + location.hash.slice(1)).split('&').forEach(function (kv) {
    if (!kv) return;
    var m = /^theme=(light|dark)$/.exec(kv);
    if (m) theme = m[1];
    else plain = false;
  });
  // The layout's picture and its size in CSS pixels: a phone, a desktop window (rendered at 1440 × 900) or a wide one
  // (1920 × 960, a full-HD screen's browser window), where the app lays the panels out differently.
  var phone = window.innerWidth < 760, wide = !phone && window.innerWidth >= 1700;
  var layout = phone ? 'phone' : wide ? 'wide' : 'desktop', pw = wide ? 1920 : 1440, ph = wide ? 960 : 900;
  var dpr = window.devicePixelRatio || 1;
  // Phones get the 2× picture at any density: at 3× it would be half as many bytes again (105 KB, about 0.2 s more
  // on a slow network) for the second it is on screen. A wide window gets the 1× picture (a 4K screen at 200 % too).
  var density = phone ? 2 : (dpr > 1.25 && !wide ? 2 : 1);
  // For bridge.js: the default view's first frame runs only rift.wasm's part of the code (the rest comes after it).
  window.riftDefaultView = plain;
  if (!plain || typeof WebAssembly !== 'object' || typeof WebGL2RenderingContext === 'undefined') { go(); painted(); return; }

  // Until the poster is on screen the loading line stays still (no spinner): an animation is a new frame for the
  // compositor 60 times a second, and on a slow device (or a machine without a GPU, where the browser composites in
  // software) those frames hold up the one that shows the poster. The spinner comes back if the poster fails or is
  // not on screen within 1.5 s.
  var root = document.documentElement;
  root.classList.add('poster-wait');
  var unwait = function () { root.classList.remove('poster-wait'); };
  window.riftPainted.then(unwait);
  var src = 'assets/poster-' + layout + '-' + theme + '@' + density + 'x.avif';
  var picture = new Image();
  picture.decoding = 'async';
  // Decoded before it is shown (Image.decode, off the main thread where the browser can), so that painting it does
  // not hold the page on a slow device.
  var ready = function () {
    var show = function () {
      var el = document.getElementById('poster');
      if (!el || window.riftPoster.replaced) return;
      // The decoded picture itself takes the placeholder's place (no second decode). Phones scale it to their width
      // (360-430 CSS pixels). A desktop window near its poster's size (1440 × 900 or 1920 × 960) gets it stretched to
      // fit, as the app stretches its panels, so the live frame puts the header, the panels and the playback bar where
      // the poster had them; a window far from it, the poster at its own size from the top left.
      picture.id = 'poster';
      picture.alt = '';
      picture.setAttribute('aria-hidden', 'true');
      var sx = window.innerWidth / pw, sy = window.innerHeight / ph;
      picture.className = phone ? 'phone' : sx >= 0.8 && sx <= 1.25 && sy >= 0.75 && sy <= 1.25 ? 'fill' : 'desktop';
      if (picture.className === 'desktop') { picture.style.width = pw + 'px'; picture.style.height = ph + 'px'; }
      el.parentNode.replaceChild(picture, el);
      document.documentElement.classList.add('poster-on', 'poster-' + theme);
      // Painted in the next frame: the browser's own paint time (Element Timing) where it reports it, which is when
      // the picture is on screen; else the next frame's start.
      picture.setAttribute('elementtiming', 'poster');
      var timed = typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).indexOf('element') >= 0;
      if (timed) {
        new PerformanceObserver(function (list, observer) {
          list.getEntries().forEach(function (e) {
            if (e.identifier !== 'poster') return;
            observer.disconnect();
            if (!window.riftPoster.replaced) window.riftPoster.shownAt = e.renderTime || e.loadTime;
            painted();
          });
        }).observe({ type: 'element', buffered: true });
      }
      requestAnimationFrame(function () {
        if (timed) return;
        if (!window.riftPoster.replaced) window.riftPoster.shownAt = performance.now();
        painted();
      });
    };
    // At once if the placeholder is parsed (it is near the top of the body; the page's script at its end may still
    // be loading, which holds DOMContentLoaded).
    if (document.getElementById('poster')) show();
    else document.addEventListener('DOMContentLoaded', show);
    go();  // (started already when its bytes came in: go runs once)
  };
  // The downloads start once the picture's response has begun: their first bytes come a round trip later (150 ms on
  // slow 4G, about the time the picture's 30 KB take at its 1.6 Mbit/s), so the picture has the bandwidth nearly to
  // itself and the line is not idle for a round trip after it (docs/PERFORMANCE.md, seventh round). The picture is
  // fetched as bytes and shown from them (a blob: address), decoded before it is shown.
  var fail = function () { go(); painted(); };
  fetch(src, { priority: 'high' }).then(function (r) {
    if (!r.ok) throw new Error('HTTP ' + r.status);
    go();
    return r.blob();
  }).then(function (bytes) {
    var address = URL.createObjectURL(bytes);
    picture.src = address;
    window.riftPainted.then(function () { URL.revokeObjectURL(address); });
    return picture.decode();
  }).then(ready, fail);
  setTimeout(go, 450);
  window.riftPoster = { src: src, shownAt: null, replaced: false };
})();
