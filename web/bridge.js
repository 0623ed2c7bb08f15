// The page's bridge to the WebAssembly app: fetches code and data at once, exposes window.rift (and the same calls
// through postMessage for host pages), keeps a screen-reader mirror, opens files, maps touch to mouse, and wakes
// the paused frame loop on input. Nothing from a dataset or URL is ever inserted as HTML.
'use strict';
(function () {
  var statusBox = document.getElementById('status');
  var statusText = document.getElementById('status-text');
  var canvas = document.getElementById('canvas');
  var embedded = window.parent !== window;

  // The page's own messages in the app's language (lang=de in the address; the app's German is in src/ui/i18n_de.cpp).
  // What a host page hears (the 'error' event, stats().problems) stays in English, the same on every page.
  var german = urlParam('lang') === 'de';
  function say(en, de) { return german ? de : en; }

  // The page's own words outside the canvas, for a screen reader and the browser's tab: the document's language
  // (so that German is read as German), its title, the heading, the canvas's label, the list of events, the text
  // field and the no-app paragraph's text around its links. The English stays in index.html; set at the start and
  // whenever the reader switches language (the 'change' event).
  var pageLang = 'en', pageEnglish = null;
  function pageWords(lang) {
    if (lang === pageLang) return;
    pageLang = lang;
    // Each place as [get, set]: a property, or an attribute where the property is not in every browser.
    var prop = function (el, key) { return [function () { return el[key]; }, function (v) { el[key] = v; }]; };
    var label = function (id) {
      var el = document.getElementById(id);
      return [function () { return el.getAttribute('aria-label'); }, function (v) { el.setAttribute('aria-label', v); }];
    };
    var fallback = document.querySelector('#fallback > p');
    var places = [prop(document, 'title'), prop(document.getElementById('heading'), 'textContent'), label('canvas'),
                  label('mirror'), label('keyboard')]
      .concat(fallback && fallback.childNodes.length === 5 ? [0, 1, 2].map(function (i) { return prop(fallback.childNodes[i], 'textContent'); }) : []);
    if (!pageEnglish) pageEnglish = places.map(function (p) { return p[0](); });
    var german = ['Rift: Maßnahmen von Staaten gegen Technologieanbieter',
                  'Rift: Maßnahmen, die Staaten gegen die Technologieanbieter anderer Staaten ergreifen',
                  'Rift-Explorer: Zeitleiste der Maßnahmen von Staaten gegen Technologieanbieter',
                  'Ereignisse in der aktuellen Auswahl', 'Text für das aktive Feld',
                  'Der interaktive Explorer von Rift braucht JavaScript, WebAssembly und WebGL 2. Hier ist ',
                  'der Datensatz als Tabelle',
                  '\n(jedes Ereignis mit Datum, handelndem Staat, Ziel, Anbietern und Quellen); die Daten selbst stehen in '];
    places.forEach(function (p, i) { p[1](lang === 'de' ? german[i] : pageEnglish[i]); });
    document.documentElement.lang = lang;
  }
  if (german) pageWords('de');

  function showFallback(message) {
    statusBox.className = 'error';
    statusText.textContent = message;
    var fallback = document.getElementById('fallback');
    if (fallback) fallback.hidden = false;
  }

  // Capabilities first: a clear message and the dataset as a table instead of a blank page.
  if (typeof WebAssembly !== 'object') {
    showFallback(say('Rift needs a browser with WebAssembly.', 'Rift braucht einen Browser mit WebAssembly.'));
    return;
  }
  // (Creating a throwaway WebGL context to test for support costs hundreds of milliseconds on software GL;
  // the app reports a failed context itself through Module.onAbort.)
  if (typeof WebGL2RenderingContext === 'undefined') {
    showFallback(say('Rift needs WebGL 2, which this browser or device does not offer.',
                     'Rift braucht WebGL 2, das dieser Browser oder dieses Gerät nicht bietet.'));
    return;
  }

  // ---- a stopped app says so: a trap or abort in the wasm leaves a message and a Reload button, not a frozen
  // canvas, and no further call goes into its (possibly corrupt) memory ----
  var crashed = null;
  // `reasonDe`: the reason as a German page shows it, where it is Rift's own words (a trap's is the browser's).
  function crash(reason, reasonDe) {
    if (crashed !== null) return;
    var why = function (r) { return String(r || 'unknown').replace(/^RuntimeError: /, '').substring(0, 200); };
    crashed = 'Rift stopped because of an internal error (' + why(reason) + ').';
    statusBox.className = 'error crashed';
    statusText.textContent = say(crashed + ' Your view is kept in the address; reloading starts Rift again with it.',
                                 'Rift wurde wegen eines internen Fehlers angehalten (' + why(reasonDe || reason) +
                                 '). Die Ansicht steht in der Adresse; neu laden startet Rift wieder mit ihr.');
    if (!document.getElementById('reload')) {
      var reload = document.createElement('button');
      reload.id = 'reload';
      reload.type = 'button';
      reload.textContent = say('Reload', 'Neu laden');
      reload.addEventListener('click', function () { location.reload(); });
      statusBox.appendChild(reload);
      reload.focus({ preventScroll: true });
    }
    emit('error', crashed);
    post({ rift: 'error', message: crashed });
  }
  window.addEventListener('error', function (e) {
    var err = e.error;
    if ((typeof WebAssembly === 'object' && err instanceof WebAssembly.RuntimeError) || /^Aborted\(/.test(String(e.message)))
      crash(err ? err.message : e.message);
  });

  function urlParam(name) {
    var q = location.search.substring(1), h = location.hash.substring(1);
    var parts = (q && h ? q + '&' + h : q || h).split('&');
    var found = null;
    for (var i = 0; i < parts.length; i++) {
      var kv = parts[i].split('=');
      try {  // the last one counts (the fragment's over the query's), as in the app
        if (decodeURIComponent(kv[0]) === name) found = decodeURIComponent((kv[1] || '').replace(/\+/g, ' '));
      } catch (e) { return null; }
    }
    return found;
  }
  function isLoadable(url) { return /^https?:\/\//i.test(url) || (url.length > 0 && url.indexOf(':') < 0); }

  // Same credentials mode as the page's <link rel=preload crossorigin>, so the preloaded response is used.
  function fetchOk(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r;
    });
  }
  function fetchBytes(url) { return fetchOk(url).then(function (r) { return r.arrayBuffer(); }).then(function (b) { return new Uint8Array(b); }); }
  // The built-in data: inline (single-file build) or fetched in parallel with the code. The page fetches the
  // first view (the events without their summaries and sources, a fifth of the bytes) for the first frame, as a
  // binary snapshot that the app reads without a JSON parse (core/packed, data/events.first.bin), and the full JSON
  // right after that frame (see _firstFrame). It reaches the app as the bytes that arrived.
  function inline(id) { var el = document.getElementById(id); return el ? el.textContent : null; }
  var inlined = inline('rift-events') !== null;
  // The downloads wait for the poster's (web/poster.js, inline in the page's head; at most 450 ms): then the code,
  // the first-view data and the fonts start, preloaded by it. Without a poster (a permalink, the single-file page)
  // the gate is open at once.
  var gate = window.riftGate || Promise.resolve();
  // A URL whose first frame runs only rift.wasm's part of the code (the default view, or a permalink to the timeline),
  // and whether it shows no title: web/poster.js decides (no poster script: treat as a permalink to another view).
  var firstPart = window.riftFirstPart === true, titlesLater = window.riftTitlesLater === true;
  // The events' titles (data/events.titles.txt, text): the first-view snapshot leaves them out. The default view's
  // first frame draws none, so it asks for them right after that frame; a permalink may show them at once, so they
  // come with its data. If they fail, the full file brings them.
  var titles = null, titlesGiven = false;
  function fetchTitles() {
    if (!titles) {
      titles = fetchOk('data/events.titles.txt').then(function (r) { return r.text(); }).catch(function (e) {
        console.warn('Rift: the titles did not load (' + e.message + '); they come with the full data');
        return '';
      });
    }
    return titles;
  }
  function giveTitles(text) {
    if (!text || titlesGiven) return;
    titlesGiven = true;
    call('titles', text);
    stats.titlesAt = performance.now();
  }
  var builtIn = inlined
    ? Promise.resolve([new TextEncoder().encode(inline('rift-events')), new TextEncoder().encode(inline('rift-vendors'))])
    : gate.then(function () {
      // (No vendor list: the snapshot carries the vendors, and the app writes the list from them when own files or
      // the full data need it.)
      return Promise.all([fetchBytes('data/events.first.bin'), new Uint8Array(0), titlesLater ? '' : fetchTitles()]);
    });
  function giveData(events, vendors, firstView) {
    guarded(function (M) {
      var p = [heapBytes(events), heapBytes(vendors), M.allocateUTF8('built-in dataset')];
      if (firstView) M._rift_load_packed(p[0], events.length, p[1], p[2]);
      else M._rift_load_dataset(p[0], p[1], p[2]);
      p.forEach(function (x) { M._free(x); });
    });
  }
  function loadFullData() {
    Promise.all([fetchBytes('data/events.json'), builtIn]).then(function (r) {
      giveData(r[0], r[1][1], false);
      stats.fullDataAt = performance.now();
    }).catch(function (e) {
      call('detailsFailed', e.message);
    });
  }

  // Binary assets (the font pack, the German text, the map): inline in the single-file build (base64), else fetched.
  // The first frame waits for the fonts, so they are asked for now, beside the wasm and the data, and handed over the
  // moment the app asks (see _fetchAsset); the map is fetched when the Map view first opens.
  var assets = {};
  function asset(path) {
    if (assets[path]) return assets[path];
    var entry = { bytes: null, promise: null };
    var inlined = document.getElementById('rift-asset-' + path.replace(/[^a-z0-9]/gi, '-'));
    if (inlined) {
      var bin = atob(inlined.textContent.trim());
      entry.bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) entry.bytes[i] = bin.charCodeAt(i);
      entry.promise = Promise.resolve(entry.bytes);
    } else {
      entry.promise = fetchOk(path).then(function (r) { return r.arrayBuffer(); })
        .then(function (b) { entry.bytes = new Uint8Array(b); return entry.bytes; });
      entry.promise.catch(function () {});  // reported when the app asks for it
    }
    assets[path] = entry;
    return entry;
  }
  // A German page's first frame waits for its German text too (the code carries only English: src/ui/i18n.cpp).
  gate.then(function () { asset('assets/fonts.bin'); if (german) asset('assets/de.bin'); });

  // ---- the code in two parts (docs/PERFORMANCE.md, "The deferred code"): rift.wasm holds what the first view runs
  // (src/app/split-keep.txt), rift.deferred.wasm the rest: the other views, dialogs, the full dataset's JSON reader, own
  // files. Each function moved out is a placeholder in rift.wasm until the deferred part is instantiated against it
  // (its table entries then replace the placeholders). The default view, and a permalink to the timeline, fetch it
  // right after the first frame and attach it before anything else runs (the full data wait for it); any other URL
  // (another view, own data) may need it for its first frame, so it comes beside rift.wasm and is attached before
  // main(). Should a placeholder still be called first (a reader faster than the download), Emscripten asks
  // Module.loadSplitModule for it at once: the compiled part if it is in, else the bytes by a synchronous request. (The single-file page is not split.)
  // Each part is compiled once, as its bytes arrive (every browser with WebGL 2 can), else once they are in (a host
  // that does not send application/wasm).
  var compiling = {};
  function compileWasm(url) {
    return compiling[url] || (compiling[url] = fetchOk(url).then(function (r) {
      return WebAssembly.compileStreaming(r.clone()).catch(function () {
        return r.arrayBuffer().then(function (b) { return WebAssembly.compile(b); });
      });
    }));
  }
  var split = { module: null, attached: false, syncLoads: 0 };
  function compileDeferred() {
    return compileWasm('rift.deferred.wasm').then(function (m) { split.module = m; return m; });
  }
  function attachDeferred(module, primaryExports) {
    if (split.attached) return;
    new WebAssembly.Instance(module, { primary: primaryExports });
    split.attached = true;
    stats.deferredAt = performance.now();
  }
  // Resolves once the deferred code is attached (or failed: a call into it then tries again, synchronously).
  function deferredReady() {
    return compileDeferred().then(function (m) { if (runtimeUp) attachDeferred(m, window.Module.asm); })
      .catch(function (e) { console.warn('Rift: the rest of the code did not load yet (' + e.message + ')'); });
  }
  // (Without the rest the app cannot go on: it stops with the reason and a Reload button, as after a trap.)
  function loadSplitModule(file, imports) {
    if (split.attached) return;
    if (crashed !== null) throw new Error(crashed);
    split.syncLoads++;
    try {
      var module = split.module;
      if (!module) {
        var xhr = new XMLHttpRequest();
        xhr.open('GET', file, false);
        xhr.overrideMimeType('text/plain; charset=x-user-defined');  // the bytes as they are (no typed response when synchronous)
        xhr.send();
        if (xhr.status !== 200) throw new Error(file + ': HTTP ' + xhr.status);
        var text = xhr.responseText, bytes = new Uint8Array(text.length);
        for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
        module = new WebAssembly.Module(bytes);
      }
      attachDeferred(module, imports.primary);
    } catch (e) {
      crash('the rest of its code could not be loaded: ' + e.message,
            'der übrige Code konnte nicht geladen werden: ' + e.message);
      throw e;
    }
  }
  if (!inlined && !firstPart) gate.then(function () { compileDeferred().catch(function () {}); });
  // rift.wasm is compiled from the moment the gate opens, so rift.js, which instantiates it, may come later (below).
  if (!inlined) gate.then(function () { compileWasm('rift.wasm').catch(function () {}); });  // (reported below)
  function instantiateWasm(imports, done) {
    var primary = compileWasm('rift.wasm').then(function (module) {
      return WebAssembly.instantiate(module, imports).then(function (instance) { return { instance: instance, module: module }; });
    });
    Promise.all([primary, firstPart ? null : compileDeferred().catch(function () { return null; })]).then(function (r) {
      if (r[1]) attachDeferred(r[1], r[0].instance.exports);
      done(r[0].instance, r[0].module);
    }, function (e) {
      showFallback(say('Rift could not load its code (', 'Rift konnte seinen Code nicht laden (') + e.message + ').');
    });
    return {};
  }

  // The WebGL 2 context, made now while the code and the data download instead of after they arrive: on software
  // GL making it, and sizing its drawing buffer, take hundreds of milliseconds. The canvas gets the size the app
  // will give it (CSS pixels times the pixel ratio, as in web_emscripten.cpp), so the app's window resizes nothing;
  // its GLFW asks for the canvas's context and gets this one (same attributes as its default window hints). If it
  // fails here, the app reports it when it asks again.
  // (Once a poster is on screen, web/poster.js's riftPainted, and after the next frame: making the context holds the
  // page's main thread, and would hold the poster's paint.)
  (window.riftPainted || gate).then(function () {
    requestAnimationFrame(function () {
      setTimeout(function () {
        if (runtimeUp) return;  // the app runs already and has made it (a tab in the background has no frames)
        var ratio = window.devicePixelRatio || 1;
        canvas.width = Math.trunc((canvas.clientWidth | 0) * ratio) || 300;
        canvas.height = Math.trunc((canvas.clientHeight | 0) * ratio) || 150;
        try { canvas.getContext('webgl2', { antialias: false, depth: true, stencil: true, alpha: true }); } catch (e) { /* app reports */ }
      }, 0);
    });
  });

  // ---- calls into the app (strings go through the heap, never the small stack) ----
  var runtimeUp = false;
  // Every call into the app goes through guarded(): once the app has trapped, nothing more is asked of it.
  function guarded(fn) {
    if (!runtimeUp || crashed !== null) return null;
    try { return fn(window.Module); } catch (e) {
      if (typeof WebAssembly === 'object' && e instanceof WebAssembly.RuntimeError) { crash(e.message); return null; }
      throw e;
    }
  }
  function call(name, a, b) {
    return guarded(function (M) {
      var ptrs = [name, a || '', b || ''].map(function (s) { return M.allocateUTF8(String(s)); });
      var out = M._rift_call(ptrs[0], ptrs[1], ptrs[2]);
      ptrs.forEach(function (p) { M._free(p); });
      if (!out) return null;
      var text = M.UTF8ToString(out);
      M._free(out);
      return text;
    });
  }
  function callJson(name, a, b) { var t = call(name, a, b); return t ? JSON.parse(t) : null; }
  // Bytes copied into the heap as they are, NUL-terminated; the caller frees them.
  function heapBytes(bytes) {
    var M = window.Module, buf = M._malloc(bytes.length + 1);
    M.HEAPU8.set(bytes, buf);
    M.HEAPU8[buf + bytes.length] = 0;
    return buf;
  }
  // A file's bytes exactly as they are (a byte-order mark or invalid UTF-8 must reach the validator).
  function callWithBytes(name, a, bytes) {
    return guarded(function (M) {
      var n = M.allocateUTF8(name), p = M.allocateUTF8(a), buf = heapBytes(bytes);
      var out = M._rift_call(n, p, buf);
      [n, p, buf].forEach(function (x) { M._free(x); });
      if (!out) return null;
      var text = M.UTF8ToString(out);
      M._free(out);
      return JSON.parse(text);
    });
  }

  // ---- window.rift ----
  var listeners = { change: [], ready: [], load: [], error: [] };
  var recording = null;  // the video being recorded (_recordBegin)
  var stats = { framesDrawn: 0, lastFrameMs: 0, firstFrameMs: null, firstFrameAt: null, firstFrameShownAt: null,
                firstFrameParts: null, fullDataAt: null, deferredAt: null, titlesAt: null, contextAt: null, contextMs: null };
  // When the browser made the WebGL context and how long that took (the page makes it while the code downloads; where
  // the code is in first, the app does, inside its main()): the browser's work, which the probe shows apart.
  var getContext = canvas.getContext;
  canvas.getContext = function (type) {
    var t = performance.now(), context = getContext.apply(canvas, arguments);
    if (type === 'webgl2' && context && stats.contextAt === null) {
      stats.contextAt = t;
      stats.contextMs = performance.now() - t;
    }
    return context;
  };
  var resolveReady;
  var isReady = false;
  function emit(type, value) { (listeners[type] || []).forEach(function (fn) { try { fn(value); } catch (e) { console.warn(e); } }); }
  function post(message) { if (embedded) window.parent.postMessage(message, '*'); }
  function download(blob, name) {
    var url = URL.createObjectURL(blob), a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  // MediaRecorder's WebM leaves the duration out (it streams): players then show none and cannot seek. This writes
  // it into the Segment's Info element (EBML: IDs and sizes are variable-length integers), in milliseconds at
  // Chromium's 1 ms timecode scale. Anything unexpected leaves the file as it was.
  function webmWithDuration(b, ms) {
    var vint = function (at) {  // {len, value} of the size at b[at]
      var len = 1;
      while (len <= 8 && !(b[at] & (0x80 >> (len - 1)))) len++;
      var v = b[at] & (0xff >> len);
      for (var k = 1; k < len; k++) v = v * 256 + b[at + k];
      return { len: len, value: v };
    };
    for (var i = 0; i + 4 < b.length && i < 4096; i++) {
      if (b[i] !== 0x15 || b[i + 1] !== 0x49 || b[i + 2] !== 0xa9 || b[i + 3] !== 0x66) continue;  // Info
      var size = vint(i + 4), body = i + 4 + size.len, end = body + size.value, grown = size.value + 11;
      if (size.len > 8 || end > b.length || grown >= Math.pow(2, 7 * size.len) - 1) return b;
      var out = new Uint8Array(b.length + 11);
      out.set(b.subarray(0, i + 4));
      for (var k = size.len - 1, v = grown; k >= 0; k--, v = Math.floor(v / 256)) out[i + 4 + k] = v & 0xff;
      out[i + 4] |= 0x80 >> (size.len - 1);
      out.set(b.subarray(body, end), body);
      out.set([0x44, 0x89, 0x88], end);  // Duration, an 8-byte float
      new DataView(out.buffer).setFloat64(end + 3, ms);
      out.set(b.subarray(end), end + 11);
      return out;
    }
    return b;
  }
  var wantedHeight = 0;

  window.rift = {
    ready: new Promise(function (resolve) { resolveReady = resolve; }),
    getState: function () { return callJson('getState'); },
    setState: function (partial) { return callJson('setState', JSON.stringify(partial || {})); },
    on: function (type, fn) { (listeners[type] = listeners[type] || []).push(fn); return window.rift; },
    off: function (type, fn) { listeners[type] = (listeners[type] || []).filter(function (f) { return f !== fn; }); },
    matchingEventIds: function () { return callJson('matchingEventIds') || []; },
    // The citation of an event (its id) or, with null, of the dataset, as 'text', 'bibtex', 'csl' or 'ris'; null for
    // an unknown id or format.
    cite: function (eventId, format) {
      return call('cite', eventId == null ? '' : String(eventId), format == null ? 'text' : String(format)) || null;
    },
    // "How many states ...?" under a definition written with setState's keys (an object, a query string or a
    // URLSearchParams; keys left out mean "any"): {count, states, eventIds, definition, looser, stricter, link,
    // partial}. A bad definition throws an Error that names the key; null before the app runs (wait for ready).
    count: function (definition) {
      var d = definition == null ? {} : definition;
      if (typeof d === 'string' || d instanceof URLSearchParams) d = Object.fromEntries(new URLSearchParams(d));
      var r = callJson('count', JSON.stringify(d));
      if (r && r.error) throw new Error(r.error);
      return r;
    },
    stats: function () {
      var s = callJson('stats') || {};
      return { eventsTotal: s.eventsTotal || 0, eventsMatching: s.eventsMatching || 0, datasetVersion: s.datasetVersion || '',
               framesDrawn: stats.framesDrawn, lastFrameMs: stats.lastFrameMs, firstFrameMs: stats.firstFrameMs,
               firstFrameAt: stats.firstFrameAt, firstFrameShownAt: stats.firstFrameShownAt,
               firstFrameParts: stats.firstFrameParts || null,
               partial: !!s.partial, fullDataAt: stats.fullDataAt, fontsComplete: !!s.fontsComplete,
               loadedFrom: s.loadedFrom || '', problems: (s.problems || []).concat(crashed ? [crashed] : []),
               stopped: crashed !== null, deferredAt: stats.deferredAt, deferredSyncLoads: split.syncLoads,
               titlesAt: stats.titlesAt, contextAt: stats.contextAt, contextMs: stats.contextMs };
    },
    openFile: function (file) { readFile(file); },
    _fail: function (message) { showFallback(message); },
    _fetchAsset: function (path, id) {
      var deliver = function (ok, bytes) {
        guarded(function (M) {
          var buf = M._malloc(bytes.length + 1);
          M.HEAPU8.set(bytes, buf);
          M._rift_asset_loaded(id, ok ? 1 : 0, buf, bytes.length);
          M._free(buf);
        });
      };
      var entry = asset(path);
      delete assets[path];  // the app keeps its copy; a failed fetch is tried again next time
      // Never inside the call, which may come from within a frame: the app may rebuild its font atlas on delivery.
      // Bytes already here (the fonts, fetched beside the wasm) come as soon as the current task ends.
      entry.promise.then(function (b) { deliver(true, b); })
        .catch(function (e) { deliver(false, new TextEncoder().encode(e.message)); });
    },
    _call: function (name, a, b) { return call(name, a, b); },  // internal: benchmarks and tests
    _firstFrame: function (ms, parts) {
      stats.firstFrameMs = ms;
      stats.firstFrameParts = parts;  // where the time from main() went: init, fonts, load, frame, and when
                                      // the fonts and the data arrived
      stats.firstFrameAt = performance.now();  // from navigation start
      // The frame reaches the screen at the page's next rendering update. Nothing else runs before it: the app's
      // next frame waits until it is shown (on a slow phone that frame, and the screen-reader list it sends, would
      // hold the first one off the screen for a few hundred milliseconds), and `firstFrameShownAt` says when it was
      // (the task after that update: the time the reader sees it, give or take the compositor's own frame).
      Module.pauseMainLoop();
      requestAnimationFrame(function () {
        setTimeout(function () {
          stats.firstFrameShownAt = performance.now();
          Module.resumeMainLoop();
          shown();
        }, 0);
      });
      if (!inlined && stats.fullDataAt === null) {
        fetchTitles().then(giveTitles);
        deferredReady().then(loadFullData);
      }
      // The controls for a screen reader and the keyboard (web/access.js), after the first pixels; inlined offline.
      if (!window.riftAccess) document.body.appendChild(Object.assign(document.createElement('script'), { src: 'access.js' }));
      statusBox.className = 'hidden';
      // The first live frame replaces the poster (the same picture where the reader's size is the poster's).
      if (window.riftPoster) window.riftPoster.replaced = true;
      document.documentElement.classList.remove('poster-on');
      isReady = true;
      resolveReady();
      emit('ready');
      post({ rift: 'ready' });
    },
    _frame: function (ms) { stats.framesDrawn++; stats.lastFrameMs = ms; },
    _notify: function (what, payload) {
      if (what === 'change') {
        var state = JSON.parse(payload);
        pageWords(state.lang === 'de' ? 'de' : 'en');
        emit('change', state);
        post({ rift: 'state', state: state });
      } else if (what === 'mirror') {
        var mirror = JSON.parse(payload);
        mirrorPending = mirror;
        scheduleMirror();
        window.rift._mirror = mirror;  // the last one, for access.js when it arrives
        emit('mirror', mirror);
      } else if (what === 'selected' || what === 'dialog' || what === 'playing' || what === 'leave') {  // access.js
        emit(what, payload);
      } else if (what === 'caption') {
        document.getElementById('caption').textContent = payload;
      } else if (what === 'height') {  // an embed's wanted height, sent when it changes (web/embed.js)
        wantedHeight = Number(payload);
        post({ rift: 'height', height: wantedHeight });
      } else if (what === 'load') {
        loadUrl(payload);
      }
    },
    _pickFile: function () { document.getElementById('file').click(); },
    _download: download,
    // Playback as a video (the Data dialog's Record): the app draws each frame off screen and hands its pixels over;
    // a 2D canvas carries them into MediaRecorder, and the WebM downloads when the app ends the recording.
    _recordBegin: function (name, w, h) {
      var type = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].filter(function (t) {
        return window.MediaRecorder && MediaRecorder.isTypeSupported(t);
      })[0];
      var c = document.createElement('canvas');
      if (!type || !c.captureStream) return 0;
      c.width = w;
      c.height = h;
      var stream = c.captureStream(0), chunks = [];
      var r = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 4e6 });
      r.ondataavailable = function (e) { if (e.data.size) chunks.push(e.data); };
      recording = { name: name, recorder: r, track: stream.getVideoTracks()[0], ctx: c.getContext('2d'), chunks: chunks,
                    started: 0 };
      return 1;
    },
    _recordFrame: function (pixels, w, h) {
      var rec = recording;
      if (!rec) return;
      rec.ctx.putImageData(new ImageData(new Uint8ClampedArray(window.Module.HEAPU8.buffer, pixels, w * h * 4), w, h), 0, 0);
      if (!rec.started) { rec.started = performance.now(); rec.recorder.start(1000); }
      rec.track.requestFrame();
    },
    _recordEnd: function (keep) {
      var rec = recording;
      recording = null;
      if (!rec || !rec.started) return;
      rec.recorder.onstop = function () {
        if (!keep) return;
        new Blob(rec.chunks).arrayBuffer().then(function (b) {
          download(new Blob([webmWithDuration(new Uint8Array(b), ms)], { type: 'video/webm' }), rec.name + '.webm');
        });
      };
      // The encoder takes the last frame a moment after it is given: stop once it has (a stop at once loses it).
      var ms = 0;
      setTimeout(function () {
        ms = performance.now() - rec.started;
        rec.recorder.stop();
        rec.track.stop();
      }, keep ? 100 : 0);
    },
    // A text field became (in)active: on touch screens a real input takes the keys, so the soft keyboard opens.
    _textInput: function (active) {
      var proxy = document.getElementById('keyboard');
      var touch = navigator.maxTouchPoints > 0 || 'ontouchstart' in window;
      if (active && touch) {
        proxy.value = ' ';  // one character, so Backspace has something to delete and fires beforeinput
        proxy.focus({ preventScroll: true });
      } else if (!active && document.activeElement === proxy) {
        canvas.focus({ preventScroll: true });
      }
    }
  };

  // Host pages drive the explorer with {rift:'setState', state} / {rift:'getState'} and ask for citations with
  // {rift:'cite', id, format}; only the parent frame may.
  window.addEventListener('message', function (event) {
    if (!embedded || event.source !== window.parent) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.rift !== 'string') return;
    // embed.js asks once when it finds the frame (it may load after the first report): answered by the page.
    if (data.rift === 'getHeight') { if (wantedHeight > 0) post({ rift: 'height', height: wantedHeight }); return; }
    var send = function () {
      if (data.rift === 'cite') {  // {rift:'cite', id, format} -> {rift:'citation', id, format, text}
        var id = data.id == null ? null : String(data.id), format = data.format == null ? 'text' : String(data.format);
        window.parent.postMessage({ rift: 'citation', id: id, format: format, text: window.rift.cite(id, format) },
                                  event.origin === 'null' ? '*' : event.origin);
        return;
      }
      if (data.rift === 'count') {  // {rift:'count', definition, id?} -> {rift:'counted', id, ...answer} or {..., error}
        var answer;
        try { answer = window.rift.count(data.definition) || { error: 'count: the app is not running' }; } catch (e) { answer = { error: e.message }; }
        answer.rift = 'counted';
        if (data.id != null) answer.id = data.id;
        window.parent.postMessage(answer, event.origin === 'null' ? '*' : event.origin);
        return;
      }
      var reply = call('message', JSON.stringify(data));
      if (reply) window.parent.postMessage(JSON.parse(reply), event.origin === 'null' ? '*' : event.origin);
    };
    if (isReady) send(); else window.rift.ready.then(send);
  });

  // ---- screen-reader mirror: the selection as a list, built with textContent only ----
  // Built when the page is idle, and never before the first frame is on screen: its 500 items cost a layout of a
  // few thousand boxes (about 250 ms on a slow phone), which would otherwise hold the frame that asked for it.
  var mirrorPending = null, mirrorScheduled = false, firstShown = false;
  function scheduleMirror() {
    if (!firstShown || !mirrorPending || mirrorScheduled) return;
    mirrorScheduled = true;
    var build = function () {
      mirrorScheduled = false;
      var m = mirrorPending;
      mirrorPending = null;
      renderMirror(m);  // (set whenever a build is scheduled)
    };
    if (window.requestIdleCallback) requestIdleCallback(build, { timeout: 500 });
    else setTimeout(build, 50);
  }
  function shown() {
    firstShown = true;
    scheduleMirror();
  }
  function renderMirror(m) {
    var box = document.getElementById('mirror');
    var list = document.createElement('ol');
    m.events.forEach(function (e) {
      var li = document.createElement('li');
      if (e.lang) li.lang = e.lang;
      li.appendChild(document.createTextNode(e.date + ' · ' + e.who + ' · ' + e.title + ' '));
      e.sources.forEach(function (s) {
        if (!/^https?:\/\//i.test(s.url)) return;
        var a = document.createElement('a');
        a.href = s.url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        a.textContent = s.label;
        li.appendChild(a);
        li.appendChild(document.createTextNode(' '));
      });
      list.appendChild(li);
    });
    var summary = document.createElement('p');
    summary.textContent = m.matching + ' ' + (m.of || 'of') + ' ' + m.total + ' ' + (m.match || 'events match') +
      (m.events.length < m.matching ? ' (the first ' + m.events.length + ' are listed)' : '') + '.';
    var heading = document.createElement('h2');
    heading.textContent = m.heading || 'Events in the current selection';
    if (m.lang) box.lang = m.lang;
    box.replaceChildren(heading, summary, list);
  }

  // ---- your own data: file picker, drag and drop, data=URL ----
  function readFile(file) {
    if (!file) return;
    var limit = (callJson('stats') || {}).maxBytes || 67108864;
    if (file.size > limit) { call('tooLarge', file.name, String(file.size)); return; }
    file.arrayBuffer().then(function (buffer) {
      emit('load', callWithBytes('file', file.name, new Uint8Array(buffer)));
    });
  }
  function loadUrl(url) {
    if (!isLoadable(url)) return;
    fetch(url, { credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.arrayBuffer();
    }).then(function (buffer) {
      emit('load', callWithBytes('file', url, new Uint8Array(buffer)));
    }).catch(function (e) {
      call('unreachable', url, e.message);
    });
  }
  document.getElementById('file').addEventListener('change', function (e) { readFile(e.target.files[0]); e.target.value = ''; });
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) readFile(e.dataTransfer.files[0]);
  });

  // ---- the module ----
  window.Module = Object.assign(window.Module || {}, {
    canvas: canvas,
    print: function (t) { console.log(t); },
    printErr: function (t) { console.warn(t); },
    onAbort: function (what) { crash(what); },
    locateFile: function (path) { return path; }
  });
  if (!inlined) Object.assign(window.Module, { instantiateWasm: instantiateWasm, loadSplitModule: loadSplitModule });
  var runtimeReady = new Promise(function (resolve) {
    window.Module.onRuntimeInitialized = function () { runtimeUp = true; resolve(); };
  });
  // The app's code (the single-file page has it inline, after this script), asked for once the page has loaded: a
  // script asked for earlier holds the page's load event until it has run, and with it the browser's loading
  // indicator and an embedding page's own load event (about 300 ms sooner under slow 4G: docs/PERFORMANCE.md,
  // eleventh round). rift.wasm, five times its size, compiles meanwhile, and rift.js still arrives before it. (At the
  // latest a second after the gate: a page whose load event is late, or came before it, does not hold the code. A
  // script added by a script runs when it has arrived.)
  if (!inlined) {
    gate.then(function () {
      return new Promise(function (go) {
        window.addEventListener('load', go);
        setTimeout(go, 1000);
      });
    }).then(function () {
      document.body.appendChild(Object.assign(document.createElement('script'), { src: 'rift.js' }));
    });
  }
  statusText.textContent = say('Loading Rift…', 'Rift wird geladen…');
  Promise.all([builtIn, runtimeReady]).then(function (r) {
    giveTitles(r[0][2]);  // kept by the app until the data below, so its first frame has them
    giveData(r[0][0], r[0][1], !inlined);
    if (inlined) stats.fullDataAt = performance.now();
    var dataUrl = urlParam('data');
    if (dataUrl) loadUrl(dataUrl);
  }).catch(function (e) {
    showFallback(say('Rift could not load its data (', 'Rift konnte seine Daten nicht laden (') + e.message + ').');
  });

  // ---- input: wake the paused loop; touch becomes mouse; two fingers pinch to zoom ----
  function wake() { guarded(function (M) { M._rift_wake(); }); }
  ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'keydown', 'keyup', 'focus', 'mousedown', 'mousemove', 'mouseup']
    .forEach(function (type) { canvas.addEventListener(type, wake, { passive: true }); });
  window.addEventListener('resize', wake);
  // A finger is classified where it lands (the app answers from its last frame: rift_touch op 0) and decided on its
  // first movement: a tap clicks, then the pointer leaves so that tooltips clear; a vertical swipe over a list
  // scrolls it with inertia; a sideways move drags (the timeline, sliders); anything on the map drags; in an embed,
  // a vertical swipe where nothing scrolls is the article's (the browser scrolls the host page).
  var REGION_PAGE = 0, REGION_DRAG = 1, REGION_SCROLL = 2, REGION_SCROLL_BOTH = 3;
  // In an article, vertical pans stay the browser's until a touch that Rift takes cancels them.
  if (embedded) canvas.style.touchAction = 'pan-y';
  var pinch = null, gesture = null, glide = null;
  function mouse(type, t) {
    canvas.dispatchEvent(new MouseEvent(type, { clientX: t.clientX, clientY: t.clientY, button: 0,
      buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true, view: window }));
  }
  function framebufferPoint(t) {
    var r = canvas.getBoundingClientRect(), k = r.width > 0 ? canvas.width / r.width : 1;
    return { x: (t.clientX - r.left) * k, y: (t.clientY - r.top) * k, k: k };
  }
  function touchOp(op, t, dx, dy) {
    var p = framebufferPoint(t);
    var out = guarded(function (M) { return M._rift_touch(op, p.x, p.y, (dx || 0) * p.k, (dy || 0) * p.k); });
    return out === null ? REGION_PAGE : out;
  }
  function stopGlide() { if (glide) { cancelAnimationFrame(glide.frame); glide = null; } }
  // After a release the list keeps moving and slows down (about 0.3 s to half speed), as native lists do.
  function startGlide(at, vx, vy) {
    var last = performance.now();
    glide = { frame: 0 };
    (function step(now) {
      var dt = Math.min(now - last, 50);
      last = now;
      var decay = Math.pow(0.996, dt);
      vx *= decay; vy *= decay;
      if (Math.abs(vx) < 0.02 && Math.abs(vy) < 0.02) { glide = null; return; }
      touchOp(1, at, vx * dt, vy * dt);
      glide.frame = requestAnimationFrame(step);
    })(last);
  }
  // The pointer leaves after a tap, once the app has drawn the frames that see the press and the release (a fixed
  // number of animation frames can run before the app's own), so its tooltip does not stay.
  var touches = 0;  // counts fingers down: a later touch cancels an earlier tap's leaving
  // Runs fn once the app has drawn n more frames (or after about two seconds of animation frames without any).
  function afterFrames(n, fn) {
    var until = stats.framesDrawn + n, tries = 0;
    (function check() {
      if (stats.framesDrawn < until && ++tries < 120) { requestAnimationFrame(check); return; }
      fn();
    })();
  }
  function leaveAfterTap() {
    var serial = touches;
    afterFrames(3, function () {
      if (serial !== touches) return;  // another finger came down since
      var r = canvas.getBoundingClientRect();
      canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: r.left - 10000, clientY: r.top - 10000,
        buttons: 0, bubbles: true, cancelable: true, view: window }));
    });
  }
  canvas.addEventListener('touchstart', function (e) {
    wake();
    stopGlide();
    touches++;
    if (e.touches.length === 2) {
      e.preventDefault();
      var a = e.touches[0], b = e.touches[1];
      pinch = Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY);
      if (gesture && gesture.mode === 'drag') mouse('mouseup', a);
      gesture = null;
      return;
    }
    var t = e.changedTouches[0];
    var region = touchOp(0, t);
    gesture = { x0: t.clientX, y0: t.clientY, last: { clientX: t.clientX, clientY: t.clientY }, at: t,
      region: region, mode: 'pending', vx: 0, vy: 0, time: e.timeStamp };
    mouse('mousemove', t);  // hover where the finger is (its tooltip, the map's country)
    // Where nothing scrolls in an embed, the browser may scroll the article: do not cancel the gesture yet.
    if (region === REGION_PAGE && embedded) return;
    e.preventDefault();
    if (region === REGION_DRAG) { gesture.mode = 'drag'; mouse('mousedown', t); }
  }, { capture: true, passive: false });
  canvas.addEventListener('touchmove', function (e) {
    wake();
    if (e.touches.length === 2 && pinch) {
      e.preventDefault();
      var a = e.touches[0], b = e.touches[1];
      var d = Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY);
      var cx = (a.clientX + b.clientX) / 2, cy = (a.clientY + b.clientY) / 2;
      mouse('mousemove', { clientX: cx, clientY: cy });
      canvas.dispatchEvent(new WheelEvent('wheel', { clientX: cx, clientY: cy, deltaY: (pinch - d) * 2,
        deltaMode: 0, bubbles: true, cancelable: true }));
      pinch = d;
      return;
    }
    if (!gesture) { e.preventDefault(); return; }
    var t = e.changedTouches[0];
    var dx = t.clientX - gesture.x0, dy = t.clientY - gesture.y0;
    if (gesture.mode === 'pending') {
      if (Math.hypot(dx, dy) < 8) { if (!(gesture.region === REGION_PAGE && embedded)) e.preventDefault(); return; }
      var vertical = Math.abs(dy) > Math.abs(dx);
      if (gesture.region === REGION_SCROLL_BOTH || (gesture.region === REGION_SCROLL && vertical)) {
        gesture.mode = 'scroll';
      } else if (gesture.region === REGION_PAGE && embedded && vertical) {
        gesture = null;  // the article's: the browser scrolls the host page
        return;
      } else {
        gesture.mode = 'drag';
        mouse('mousedown', { clientX: gesture.x0, clientY: gesture.y0 });
      }
    }
    e.preventDefault();
    // Input times (when the finger moved), not handling times: a slow frame between two moves is no slow finger.
    var now = e.timeStamp, dt = Math.max(now - gesture.time, 1);
    var sx = t.clientX - gesture.last.clientX, sy = t.clientY - gesture.last.clientY;
    if (gesture.mode === 'scroll') {
      touchOp(1, gesture.at, sx, sy);
      // Velocity in CSS px per ms, smoothed over the last moves.
      gesture.vx = 0.7 * (sx / dt) + 0.3 * gesture.vx;
      gesture.vy = 0.7 * (sy / dt) + 0.3 * gesture.vy;
    } else {
      mouse('mousemove', t);
    }
    gesture.last = { clientX: t.clientX, clientY: t.clientY };
    gesture.time = now;
  }, { capture: true, passive: false });
  function endTouch(e, cancelled) {
    wake();
    if (pinch && e.touches.length < 2) { pinch = null; e.preventDefault(); return; }
    var g = gesture;
    gesture = null;
    if (!g) return;
    e.preventDefault();  // no compatibility mouse events: this handler clicks itself
    var t = e.changedTouches[0];
    if (g.mode === 'drag') { mouse('mouseup', t); leaveAfterTap(); return; }
    if (g.mode === 'scroll') {
      // A finger that stopped before it left does not throw the list; a fast one is capped (8 px per ms).
      var cap = function (v) { return Math.max(-8, Math.min(8, v)); };
      if (!cancelled && e.timeStamp - g.time < 150) startGlide(g.at, cap(g.vx), cap(g.vy));
      return;
    }
    if (cancelled) return;
    // A tap is a click: the press in a frame of its own, the release in a later one (a busy phone can run the
    // press and the release of one task between two frames, and the click is lost), then the pointer leaves.
    mouse('mousemove', t);
    mouse('mousedown', t);
    afterFrames(1, function () { mouse('mouseup', t); leaveAfterTap(); });
  }
  canvas.addEventListener('touchend', function (e) { endTouch(e, false); }, { capture: true, passive: false });
  canvas.addEventListener('touchcancel', function (e) { endTouch(e, true); }, { capture: true, passive: false });
  // A real mouse is the pointer again (taps on the map stop arming).
  canvas.addEventListener('pointermove', function (e) {
    if (e.pointerType === 'mouse' && e.isTrusted) guarded(function (M) { M._rift_touch(2, 0, 0, 0, 0); });
  }, { passive: true });
  window.addEventListener('hashchange', function () {
    guarded(function (M) {
      var p = M.allocateUTF8(M['riftHash'] = location.hash.substring(1));  // the link the app now applies
                                                                         // (see rift_js_replace_url)
      M._rift_set_url_state(p);
      M._free(p);
    });
  });
  // The proxy input forwards what is typed to the active field and keeps its own keys away from GLFW.
  var proxy = document.getElementById('keyboard');
  proxy.addEventListener('beforeinput', function (e) {
    e.preventDefault();
    guarded(function (M) {
      if (e.inputType === 'deleteContentBackward') { M._rift_key(0); return; }
      if (e.data) { var p = M.allocateUTF8(e.data); M._rift_type(p); M._free(p); }
    });
  });
  // GLFW listens on window in the capture phase; this listener is registered first (bridge.js runs before the
  // app), so keys aimed at the proxy never reach GLFW and are not typed twice.
  ['keydown', 'keypress', 'keyup'].forEach(function (type) {
    window.addEventListener(type, function (e) {
      if (e.target !== proxy) {
        // Keys in the accessible controls (access.js) are theirs, and Tab leaves the canvas as on any page: GLFW
        // would take both (it cancels Tab and Backspace).
        if ((e.target.closest && e.target.closest('.a11y-panel')) || (e.target === canvas && e.key === 'Tab'))
          e.stopImmediatePropagation();
        return;
      }
      e.stopImmediatePropagation();
      if (type !== 'keydown') return;
      var key = { Enter: 1, Escape: 2 }[e.key];
      if (key === undefined) return;
      e.preventDefault();
      guarded(function (M) { M._rift_key(key); });
    }, true);
  });
  canvas.focus();
})();
