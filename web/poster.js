// The poster (docs/PERFORMANCE.md, "Poster"): the default view as a picture, rendered at build time by the page
// itself (tools/render_posters.mjs), shown within the first second while the code and the data still download, and
// replaced by the first live frame (bridge.js, _firstFrame). The build puts this script inline in the page's head
// (tools/gen_page.py poster, its hash in the Content-Security-Policy), so it runs before anything else is fetched.
//
// Only a URL that asks for the default view gets a poster (no state, or only theme=): a permalink never flashes a
// different view. The picture is the one for the reader's layout (phone under 760 CSS pixels wide, as the app
// decides; else the window size nearest the reader's), theme and pixel density (1× or 2×). Until its response begins, the page holds its other
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
  // (rift.js is not preloaded: a script preload holds the page's load event until it has run; bridge.js asks for it
  // once the page has loaded, and compiles rift.wasm meanwhile.)
  var preloads = [['rift.wasm', 'fetch'], ['data/events.first.bin', 'fetch'], ['assets/fonts.bin', 'fetch']];
  function go() {
    if (started) return;
    started = true;
    preloads.forEach(function (p) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.href = p[0];
      link.as = p[1];
      if (p[1] === 'fetch') link.crossOrigin = 'anonymous';
      document.head.appendChild(link);
    });
    open();
  }
  window.riftGate = gate;

  // The URL's state, as the app reads it (the query, then the fragment): only theme= may be set, and v= naming the
  // built-in data's own version (the app writes it into the address once it has started, so a reload or a copied
  // address of the default view still gets its poster; an older version shows what changed since, so no poster).
  // The build writes the version in (tools/gen_page.py poster).
  // A permalink whose keys only filter, search, select or date the timeline (and set its language, theme or embed
  // chrome) gets no poster but starts on rift.wasm's part of the code, as the default view does: its first frame runs
  // only that part (tools/split_profile.mjs profiles such addresses). Any other key (another view, Compare, the map,
  // the count, own data, an older v=) needs the rest of the code for its first frame, which then comes beside
  // rift.wasm. The events' titles come after the first frame unless it shows them (q= searches them, event= shows one).
  var theme = 'light', plain = true, first = true, titled = false;
  (location.search.slice(1) + '&' + location.hash.slice(1)).split('&').forEach(function (kv) {
    if (!kv || kv === 'v=RIFT-DATA-VERSION') return;
    var m = /^([^=]*)=([^=]*)$/.exec(kv) || [kv, kv, null];
    if (m[1] === 'theme' && /^(light|dark)$/.test(m[2])) theme = m[2];
    else plain = false;
    if (!/^(from|to|actor|target|vendor|exact|measure|sector|status|q|t|span|event|lang|theme|embed|title)$/.test(m[1]) &&
        kv !== 'view=timeline') first = false;
    if (m[1] === 'q' || m[1] === 'event') titled = true;
  });
  // The layout's picture: a phone (under 760 CSS pixels wide, scaled to its width), else the rendered window size
  // nearest the reader's, within 0.8-1.25 of its width and 0.75-1.25 of its height, stretched to fit as the app
  // stretches its panels (so the live frame puts the header, the panels and the playback bar where the poster had
  // them). The sizes: a laptop or desktop window (1440 × 900), a tablet across (1024 × 768) or upright (820 × 1180),
  // and at 1700 pixels and wider, where the app lays the panels out differently, a full-HD screen's window
  // (1920 × 960). A window near none of them gets no poster: a picture of another layout would jump when the live
  // frame replaces it.
  var vw = window.innerWidth, vh = window.innerHeight;
  var phone = vw < 760, layout = phone ? 'phone' : null, best = Infinity;
  if (!phone) {
    (vw >= 1700 ? [['wide', 1920, 960]] : [['desktop', 1440, 900], ['tablet', 1024, 768], ['upright', 820, 1180]])
      .forEach(function (c) {
        var sx = vw / c[1], sy = vh / c[2], off = Math.abs(Math.log(sx)) + Math.abs(Math.log(sy));
        if (sx >= 0.8 && sx <= 1.25 && sy >= 0.75 && sy <= 1.25 && off < best) {
          best = off;
          layout = c[0];
        }
      });
  }
  var dpr = window.devicePixelRatio || 1;
  // Phones and upright tablets get the 2× picture at any density: at 3× it would be half as many bytes again (105 KB,
  // about 0.2 s more on a slow network) for the second it is on screen. A wide window gets the 1× picture (a 4K
  // screen at 200 % too).
  var density = phone || layout === 'upright' ? 2 : (dpr > 1.25 && layout !== 'wide' ? 2 : 1);
  // For bridge.js: the first frame runs only rift.wasm's part of the code (the rest comes after it), and shows no
  // event's title (they come after it).
  window.riftFirstPart = first;
  window.riftTitlesLater = first && !titled;
  if (!plain || !layout || typeof WebAssembly !== 'object' || typeof WebGL2RenderingContext === 'undefined') {
    go(); painted(); return;
  }

  // Until the poster is on screen the loading line stays still (no spinner): an animation is a new frame for the
  // compositor 60 times a second, and on a slow device (or a machine without a GPU, where the browser composites in
  // software) those frames hold up the one that shows the poster. The spinner comes back if the poster fails or is
  // not on screen within 1.5 s.
  var root = document.documentElement;
  root.classList.add('poster-wait');
  var unwait = function () { root.classList.remove('poster-wait'); };
  window.riftPainted.then(unwait);
  var src = 'assets/poster-' + layout + '-' + theme + '@' + density + 'x.avif';
  // For bridge.js (replaced: its first live frame is up) and the probe (when the poster was on screen).
  var poster = window.riftPoster = { src: src, shownAt: null, replaced: false };
  // The downloads start once the picture's response has begun: their first bytes come a round trip later (150 ms on
  // slow 4G, about the time the picture's 30 KB take at its 1.6 Mbit/s), so the picture has the bandwidth nearly to
  // itself and the line is not idle for a round trip after it (docs/PERFORMANCE.md, seventh round). The picture is
  // fetched as bytes, given to the page's placeholder (a blob: address, once the placeholder is parsed: it is near the
  // top of the body) and decoded there while still hidden (off the main thread where the browser can), so that
  // painting it does not hold the page on a slow device.
  fetch(src, { priority: 'high' }).then(function (r) {
    if (!r.ok) throw r.status;
    go();
    return r.blob();
  }).then(function (bytes) {
    return new Promise(function (parsed) {
      if (document.getElementById('poster')) parsed();
      else document.addEventListener('DOMContentLoaded', parsed);
    }).then(function () {
      var picture = document.getElementById('poster');
      picture.src = URL.createObjectURL(bytes);
      return picture.decode().then(function () { return picture; });
    });
  }).then(function (picture) {
    URL.revokeObjectURL(picture.src);  // (decoded, the picture keeps its pixels)
    if (poster.replaced) return;
    picture.className = phone ? 'phone' : 'fill';
    root.classList.add('poster-on', 'poster-' + theme);
    // Painted in the next frame: the browser's own paint time (Element Timing, the placeholder's elementtiming)
    // where it reports it, which is when the picture is on screen; else the next frame's start.
    // (Every browser with WebGL 2 has PerformanceObserver and its supportedEntryTypes.)
    if (PerformanceObserver.supportedEntryTypes.indexOf('element') >= 0) {
      new PerformanceObserver(function (list, observer) {
        list.getEntries().forEach(function (e) {
          if (e.identifier !== 'poster') return;
          observer.disconnect();
          if (!poster.replaced) poster.shownAt = e.renderTime || e.loadTime;
          painted();
        });
      }).observe({ type: 'element', buffered: true });
    } else requestAnimationFrame(function () {
      if (!poster.replaced) poster.shownAt = performance.now();
      painted();
    });
  }).catch(function () { go(); painted(); });
  setTimeout(go, 450);
})();
