#!/usr/bin/env python3
"""Builds Rift's pages from web/ and the dataset.

  gen_page.py table EVENTS VENDORS OUT
      table.html: the dataset as a plain HTML page with one table (linked when JavaScript or WebGL 2 is missing).
  gen_page.py single PAGE CSS BRIDGE RIFT_JS EVENTS VENDORS WORLD FONTS FONTS_EXTRA OUT [NOTICES [RELEASES]]
      one self-contained HTML file (code, data and fonts inside) that works from file://, with a
      Content-Security-Policy that allows exactly its own inline scripts and style by hash; NOTICES (the
      third-party notices, tools/gen_notices.py) goes inside as an inert text block and a comment at the top
      says where.
  gen_page.py minify IN.json OUT.json
      the dataset as the page serves it: the same JSON without indentation (5 KB less gzip).
  gen_page.py social PAGE OUT PUBLIC_URL
      the page with its social card and feed at absolute addresses under PUBLIC_URL (the page's public address,
      RIFT_PUBLIC_URL): og:image, og:url and a canonical link; an empty PUBLIC_URL leaves the page as it is
      (relative addresses: scrapers that need absolute ones get none, docs/EMBEDDING.md).
  gen_page.py poster PAGE OUT POSTER_JS
      the page with its poster script (web/poster.js, minified) inline in the head and its hash in the
      Content-Security-Policy.
  gen_page.py first-view EVENTS.json OUT.json
      what the page's first frame needs: the same, minified, without the events' summaries and sources (the page
      loads the full file right after its first frame).
Every text from the dataset is HTML-escaped; only http(s) links become <a> elements.
"""
import base64
import os, hashlib, html, json, re, sys

def fallback_table(events_path, vendors_path):
    events = json.load(open(events_path, encoding="utf-8"))
    vendors = {v["id"]: v["name"] for v in json.load(open(vendors_path, encoding="utf-8")).get("vendors", [])}
    for v in events.get("vendors", []):
        vendors[v["id"]] = v["name"]
    rows = []
    for e in sorted(events["events"], key=lambda e: (e["date"], e["id"])):
        links = " ".join(
            f'<a href="{html.escape(s["url"], quote=True)}" rel="noopener noreferrer">{html.escape(s["publisher"])}</a>'
            for s in e["sources"] if re.match(r"^https?://", s["url"], re.I))
        rows.append("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            html.escape(e["date"]), html.escape(e["actor"]), html.escape(", ".join(e["targets"])),
            html.escape(", ".join(vendors.get(v, v) for v in e["vendors"])),
            html.escape(e["measure"].replace("_", " ")), html.escape(e["title"]), links))
    return ("<h1>Rift: state measures against technology vendors</h1>\n"
            f"<p>{len(rows)} events, dataset version {html.escape(str(events.get('version', '')))}. "
            "Sources open the original documents.</p>\n"
            "<table><thead><tr><th>Date</th><th>Actor</th><th>Targets</th><th>Vendors</th><th>Measure</th>"
            "<th>Event</th><th>Sources</th></tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>")

def table_page(events, vendors, out):
    text = ("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'\">\n"
            "<title>Rift: the dataset as a table</title>\n<link rel=\"stylesheet\" href=\"rift.css\">\n</head>\n"
            "<body class=\"table-page\">\n" + fallback_table(events, vendors) + "\n</body>\n</html>\n")
    open(out, "w", encoding="utf-8").write(text)

def first_view(dataset, titles=False):
    """What the page's first frame needs of a dataset: every event without its title, summary, sources and date note
    (the titles follow the first frame in data/events.titles.txt, the rest in the full file; only an event's
    Details show a date note). tools/gen_font.py uses it too, with the titles (titles=True: a permalink shows them
    early), to know which characters the first view shows."""
    out = dict(dataset)
    left_out = ("summary", "sources", "title_de", "summary_de", "date_note") + (() if titles else ("title",))
    if isinstance(dataset.get("events"), list):
        out["events"] = [{k: v for k, v in e.items() if k not in left_out}
                         if isinstance(e, dict) else e
                         for e in dataset["events"]]
    return out

def social(page_path, out, public_url=""):
    text = open(page_path, encoding="utf-8").read()
    if public_url:
        if not re.match(r"^https?://[^\s\"<>]+$", public_url):
            sys.exit(f"gen_page.py social: RIFT_PUBLIC_URL {public_url!r} is not an http(s) address")
        folder = public_url[:public_url.rfind("/") + 1]
        url = html.escape(public_url, quote=True)
        for name in ("assets/card.png", "feeds/all.atom"):
            if f'"{name}"' not in text:
                sys.exit(f"gen_page.py social: {page_path} does not name {name}; web/index.html changed?")
            text = text.replace(f'"{name}"', '"' + html.escape(folder + name, quote=True) + '"')
        text = text.replace('<meta property="og:type"', f'<link rel="canonical" href="{url}">\n'
                            f'<meta property="og:url" content="{url}">\n<meta property="og:type"', 1)
    open(out, "w", encoding="utf-8").write(text)

def poster(page_path, out, script_path, events_path):
    """The served page with web/poster.js inline in its head (it must run before anything is fetched, and an external
    script would cost a round trip first), allowed by its hash in the page's Content-Security-Policy. The script
    learns the built-in data's version (its address may name it: v=). The page's comments, which are for its
    source, are left out (a few hundred bytes that every reader would download first)."""
    text = re.sub(r"<!--(?!RIFT-TABLE-->).*?-->\n?", "", open(page_path, encoding="utf-8").read(), flags=re.S)
    script = open(script_path, encoding="utf-8").read().strip()
    version = json.load(open(events_path, encoding="utf-8")).get("version", "")
    if "RIFT-DATA-VERSION" not in script or not re.fullmatch(r"[0-9A-Za-z.-]+", version):
        sys.exit(f"gen_page.py poster: {script_path} has no RIFT-DATA-VERSION, or {events_path} has no plain version")
    script = script.replace("RIFT-DATA-VERSION", version)
    tag = '<script src="poster.js"></script>'
    if tag not in text or "script-src 'self'" not in text:
        sys.exit(f"gen_page.py poster: {page_path} has no {tag} or no script-src 'self'; web/index.html changed?")
    text = text.replace(tag, "<script>" + script.replace("</script", "<\\/script") + "</script>")
    text = text.replace("script-src 'self'", "script-src 'self' " + sha(script.replace("</script", "<\\/script")), 1)
    open(out, "w", encoding="utf-8").write(text)

def sha(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"

def single(page_path, css, bridge, rift_js, events, vendors, world, fonts, fonts_extra, german, out, notices=None,
           releases=None):
    # Offline there is no second page to link to: the table goes inside, shown when needed.
    text = open(page_path, encoding="utf-8").read().replace(
        '<a href="table.html">the dataset as a table</a>', "the dataset as a table below")
    text = text.replace("<!--RIFT-TABLE-->", fallback_table(events, vendors))
    css_text = open(css, encoding="utf-8").read()
    noscript_css = "#app { display: none; } #fallback[hidden] { display: block !important; position: static; }"
    # bridge.js, then the accessible controls (which the served page loads after its first frame), then the app.
    access = os.path.join(os.path.dirname(page_path), "access.js")
    scripts = [open(p, encoding="utf-8").read() for p in (bridge, access, rift_js)]
    # The dataset as inert JSON blocks; "</" is escaped so no data can close the element.
    def data_block(id_, path):
        return f'<script type="application/json" id="{id_}">' + open(path, encoding="utf-8").read().replace("</", "<\\/") + "</script>"
    # Binary assets as base64 blocks, found by bridge.js under the id rift-asset-<path with - for / and .>.
    def asset_block(name, path):
        return (f'<script type="application/octet-stream" id="rift-asset-{re.sub("[^a-z0-9]", "-", name)}">' +
                base64.b64encode(open(path, "rb").read()).decode() + "</script>\n")
    text = re.sub(r'<link rel="preload"[^>]*>\n?', "", text)
    # No feeds and no card inside the file: no links to them.
    text = re.sub(r'<link rel="alternate"[^>]*>\n?|<meta property="og:image[^>]*>\n?|<meta name="twitter:card"[^>]*>\n?', "", text)
    text = text.replace('<link rel="stylesheet" href="rift.css">', "<style>" + css_text + "</style>")
    text = text.replace('<noscript><link rel="stylesheet" href="noscript.css"></noscript>',
                        "<noscript><style>" + noscript_css + "</style></noscript>")
    # No poster offline (the file has everything at once): no poster script.
    text = re.sub(r'<!-- The poster and the downloads.*?-->\n<script src="poster.js"></script>\n', "", text, flags=re.S)
    text = text.replace('<script src="bridge.js"></script>',
                        data_block("rift-events", events) + "\n" + data_block("rift-vendors", vendors) + "\n" +
                        asset_block("assets/world.bin", world) + asset_block("assets/fonts.bin", fonts) +
                        asset_block("assets/fonts-extra.bin", fonts_extra) + asset_block("assets/de.bin", german) +
                        # The release record, for "what changed since" a link's older version (read only then).
                        (asset_block("data/releases.json", releases) if releases else "") +
                        "".join("<script>" + s.replace("</script", "<\\/script") + "</script>\n" for s in scripts))
    csp = ("default-src 'none'; script-src 'wasm-unsafe-eval' " + " ".join(sha(s.replace("</script", "<\\/script")) for s in scripts) +
           "; style-src " + sha(css_text) + " " + sha(noscript_css) +
           "; img-src data: blob:; connect-src data: https: http:; object-src 'none'; base-uri 'none'; form-action 'none'")
    text = re.sub(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">',
                  '<meta http-equiv="Content-Security-Policy" content="' + csp + '">', text)
    if re.search(r'<script[^>]+src=', text):
        sys.exit("gen_page.py: the page's script tags were not replaced; web/index.html changed?")
    if notices:
        # The licences of what this file carries travel with it (never run: not a script type the browser runs).
        block = ('<script type="text/plain" id="rift-third-party-notices">\n' +
                 open(notices, encoding="utf-8").read().replace("</", "<\\/") + "</script>\n")
        text = text.replace("</body>", block + "</body>", 1)
        text = text.replace("<!doctype html>", "<!doctype html>\n<!-- Rift: code MIT, data CC BY 4.0; the third-party "
                            "notices are inside this file, in the element #rift-third-party-notices. -->", 1)
    open(out, "w", encoding="utf-8").write(text)

if __name__ == "__main__":
    if sys.argv[1] == "table":
        table_page(*sys.argv[2:5])
    elif sys.argv[1] in ("minify", "first-view"):
        data = json.load(open(sys.argv[2], encoding="utf-8"))
        if sys.argv[1] == "first-view":
            data = first_view(data)
        open(sys.argv[3], "w", encoding="utf-8").write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    elif sys.argv[1] == "poster":
        poster(*sys.argv[2:6])
    elif sys.argv[1] == "social":
        social(*sys.argv[2:5])
    elif sys.argv[1] == "single":
        single(*sys.argv[2:15])
    else:
        sys.exit(__doc__)
