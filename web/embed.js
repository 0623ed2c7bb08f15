// Self-sizing Rift embeds: a host page includes this once (<script src=".../embed.js" async></script>). It finds
// Rift's iframes (a data-rift attribute, or embed=1 in the address), listens for the height each one wants
// ({rift: 'height', height}, sent by the embedded page when its view or width changes) from those frames only, and
// sets their height. Frames added later are found too. The embedded page never reads its frame's height to
// compute the one it wants, so sizing it cannot loop.
(function () {
  'use strict';
  if (window.riftEmbed) { window.riftEmbed.scan(); return; }  // included twice: one listener is enough
  var frames = [];
  function isRift(f) {
    return f.hasAttribute('data-rift') || /[#?&]embed=1(&|$)/.test(f.getAttribute('src') || '');
  }
  function ask(f) {  // the page may have reported before this script ran: it answers with its last height
    try { if (f.contentWindow) f.contentWindow.postMessage({ rift: 'getHeight' }, '*'); } catch (e) { /* gone */ }
  }
  function scan() {
    var all = document.getElementsByTagName('iframe');
    frames = frames.filter(function (f) { return f.isConnected; });
    for (var i = 0; i < all.length; i++) {
      var f = all[i];
      if (frames.indexOf(f) < 0 && isRift(f)) {
        frames.push(f);
        f.addEventListener('load', function () { ask(this); });
        ask(f);
      }
    }
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.rift !== 'height' || typeof d.height !== 'number' || !(d.height > 0)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        var h = Math.round(Math.min(Math.max(d.height, 240), 2000)) + 'px';
        var style = frames[i].style;
        style.minHeight = '0';  // the fallback's minimum (without the script) no longer applies
        if (style.height !== h) style.height = h;
        return;
      }
    }
  });
  window.riftEmbed = { scan: scan };
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  if (window.MutationObserver)
    new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
