// Rift for a screen reader and the keyboard: real HTML controls beside the canvas, in sync with it both ways, and
// what a sighted reader sees change said aloud through a live region. Loaded by bridge.js after the first frame
// (inlined in the offline page). Every change goes through window.rift.setState, the host API's own path, so the
// controls, the URL and the canvas can never disagree; a change on the canvas comes back as the 'change' event.
// The panel is visually hidden until focus enters it (Tab from the canvas), then shown over the top of the page.
(function () {
  'use strict';
  if (window.riftAccess) return;
  var rift = window.rift;
  var words = {};   // the interface's words in its language, from the app ("controls" call)
  var lang = '';
  var fields = {};  // state key -> control
  var panel, announcer, playButton, shareBox, shareLink, lastMatch = '', lastSelected = '';

  function w(text) { return words[text] || text; }
  function el(tag, props, children) {
    var e = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === 'text') e.textContent = props[k];
      else if (k.indexOf('aria-') === 0 || k === 'role' || k === 'for') e.setAttribute(k, props[k]);
      else e[k] = props[k];
    });
    (children || []).forEach(function (c) { e.appendChild(c); });
    return e;
  }
  // One sentence at a time through the polite live region (cleared first, so a repeat is read again).
  function announce(text) {
    if (!text) return;
    announcer.textContent = '';
    setTimeout(function () { announcer.textContent = text; }, 30);
  }
  function problemSince(before) {
    var p = (rift.stats() || {}).problems || [];
    return p.length > before ? p[p.length - 1] : '';
  }
  // Applies part of the state as the canvas would; a value the app refuses is said with the app's own reason.
  function apply(partial) {
    var before = ((rift.stats() || {}).problems || []).length;
    var state = rift.setState(partial);
    var problem = problemSince(before);
    if (problem) announce(problem);
    if (state) sync(state);
    return state;
  }

  function labelled(id, text, control, hint) {
    control.id = 'rift-a11y-' + id;
    var label = el('label', { 'for': control.id, text: text });
    var check = control.type === 'checkbox';  // a checkbox before its label, on one line
    var box = el('div', { className: check ? 'a11y-field a11y-check' : 'a11y-field' }, check ? [control, label] : [label, control]);
    if (hint) {
      var h = el('span', { className: 'a11y-hint', id: control.id + '-hint', text: hint });
      control.setAttribute('aria-describedby', h.id);
      box.appendChild(h);
    }
    return box;
  }
  function select(key, options, multiple) {
    var s = el('select', { multiple: !!multiple });
    if (multiple) s.size = 6;
    options.forEach(function (o) { s.appendChild(el('option', { value: o[0], text: o[1] })); });
    s.addEventListener('change', function () {
      var chosen = Array.prototype.filter.call(s.options, function (o) { return o.selected; })
        .map(function (o) { return o.value; });
      var part = {};
      part[key] = multiple ? chosen : chosen[0];
      apply(part);
    });
    fields[key] = s;
    return s;
  }
  // A typed value (a date, the search): applied on Enter or when the field is left, not on every key.
  function text(key, type) {
    var input = el('input', { type: type || 'text', autocomplete: 'off', spellcheck: false });
    input.addEventListener('change', function () {
      var part = {};
      part[key] = input.value.trim() === '' ? null : input.value.trim();
      apply(part);
    });
    fields[key] = input;
    return input;
  }
  function button(text, onClick) {
    var b = el('button', { type: 'button', text: text });
    b.addEventListener('click', onClick);
    return b;
  }

  // One button that says what it will do (Play, or Pause while playing), as the canvas' button does.
  function showPlaying(on) {
    playButton.textContent = on ? w('Pause') : w('Play');
    playButton.dataset.playing = on ? '1' : '';
  }
  // The canvas' state shown in the controls (a field being typed in is left alone).
  function sync(state) {
    Object.keys(fields).forEach(function (key) {
      var c = fields[key], v = state[key];
      if (c === document.activeElement && c.tagName === 'INPUT' && c.type !== 'checkbox') return;
      if (c.type === 'checkbox') c.checked = !!v;
      else if (c.multiple) {
        var set = {};
        (v || []).forEach(function (x) { set[x] = true; });
        Array.prototype.forEach.call(c.options, function (o) { o.selected = !!set[o.value]; });
      } else c.value = v == null ? '' : String(v);
    });
    showPlaying(state.play);
    if (shareLink) shareLink.value = location.href;
  }

  function build(vocab) {
    words = vocab.words || {};
    lang = vocab.lang || 'en';
    fields = {};
    playButton = button(w('Play'), function () { apply({ play: !playButton.dataset.playing }); });
    var vendor = select('vendor', vocab.vendors, true);
    var families = el('input', { type: 'checkbox' });
    families.addEventListener('change', function () { apply({ families: families.checked }); });
    fields.families = families;
    shareLink = el('input', { type: 'text', readOnly: true });
    shareBox = el('div', { className: 'a11y-share', hidden: true }, [
      labelled('link', w('Link to this view'), shareLink),
      button(w('Copy link'), function () {
        var done = function () { announce(w('Link copied')); };
        if (navigator.clipboard) navigator.clipboard.writeText(shareLink.value).then(done, function () { shareLink.select(); });
        else { shareLink.select(); }
      })
    ]);
    var heading = el('h2', { text: w('Explorer controls') });
    heading.id = 'rift-a11y-heading';
    var children = [
      heading,
      el('p', { className: 'a11y-hint', text: w('Each change updates the explorer and the list of events after these controls.') }),
      labelled('view', w('View'), select('view', vocab.views, false)),
      el('fieldset', {}, [
        el('legend', { text: w('Filters') }),
        labelled('from', w('From'), text('from'), w('A year, a month (YYYY-MM) or a day (YYYY-MM-DD); press Enter to apply')),
        labelled('to', w('To'), text('to'), w('A year, a month (YYYY-MM) or a day (YYYY-MM-DD); press Enter to apply')),
        labelled('actor', w('Acting country'), select('actor', vocab.countries, true)),
        labelled('target', w('Targeted country'), select('target', vocab.targets, true)),
        labelled('measure', w('Measure type'), select('measure', vocab.measures, true)),
        labelled('vendor', w('Vendor'), vendor),
        labelled('families', w('By company'), families, w('Products and subsidiaries counted under the company that owns them')),
        labelled('q', w('Search'), text('q', 'search'), w('Words in titles and summaries; press Enter to apply')),
        button(w('Clear filters'), function () {
          apply({ from: null, to: null, actor: [], target: [], measure: [], vendor: [], sector: [], status: [], q: null });
          announce(w('Filters cleared'));
        })
      ]),
      el('fieldset', {}, [
        el('legend', { text: w('Playback') }),
        button(w('Previous event'), function () { rift._call('step', '-1'); sync(rift.getState()); }),
        playButton,
        button(w('Next event'), function () { rift._call('step', '1'); sync(rift.getState()); }),
        labelled('t', w('Date shown'), text('t'), w('A day (YYYY-MM-DD); press Enter to apply'))
      ]),
      button(w('Share'), function () {
        shareBox.hidden = false;
        shareLink.value = location.href;
        rift._call('open', 'share');
        shareLink.focus();
      }),
      button(w('Data'), function () { rift._call('open', 'data'); }),
      shareBox
    ];
    var form = el('section', { id: 'rift-a11y', className: 'a11y-panel', 'aria-labelledby': 'rift-a11y-heading' }, children);
    form.lang = lang;
    if (panel) panel.replaceWith(form);
    else document.getElementById('canvas').after(form);
    panel = form;
    sync(rift.getState());
  }

  function load() {
    var vocab = JSON.parse(rift._call('controls') || 'null');
    if (vocab) build(vocab);
  }

  function start() {
    announcer = el('p', { className: 'sr-only', role: 'status', 'aria-live': 'polite', id: 'rift-announce' });
    document.getElementById('app').appendChild(announcer);
    load();
    rift.on('change', function (state) {
      // Another language or dataset brings other words and options.
      if (state.lang && state.lang !== lang) load();
      else sync(state);
    });
    rift.on('load', load);
    // The number of matching events, said when a change makes it another (not for the page's first list).
    var matching = function (m) { return m.matching + ' ' + (m.of || 'of') + ' ' + m.total + ' ' + (m.match || 'events match'); };
    if (rift._mirror) lastMatch = matching(rift._mirror);
    rift.on('mirror', function (m) {
      var said = matching(m);
      if (lastMatch && said !== lastMatch) announce(said + '.');
      lastMatch = said;
    });
    rift.on('selected', function (summary) {
      if (summary && summary !== lastSelected) announce(summary);
      lastSelected = summary;
    });
    rift.on('dialog', function (title) { announce(title); });
    // Escape on the canvas with nothing left to close or clear: focus comes here, as Tab would bring it.
    rift.on('leave', function () {
      var first = panel && panel.querySelector('select, input, button');
      if (first) first.focus();
    });
    // Space or the canvas' Play button: the URL stays still while playing, so the app says so itself.
    rift.on('playing', function (on) { showPlaying(on === '1'); });
    // (Keys typed here never reach the canvas: bridge.js keeps them from GLFW, which listens on the window.)
  }

  window.riftAccess = { announce: function (t) { announce(t); } };
  rift.ready.then(start);
})();
