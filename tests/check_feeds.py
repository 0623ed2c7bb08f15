#!/usr/bin/env python3
"""Rift's Atom feeds through a real feed reader (Debian's python3-feedparser).

  check_feeds.py WEB_DIR RIFT_FEEDS SOURCE_DIR

WEB_DIR: the built page; its feeds/ must be exactly the feeds the data calls for (all events, one per acting state,
one per vendor family, worked out here from data/events.json and data/vendors.json, not from Rift), each parsed
without any bozo error, with the right entries newest first, their ids, titles, summaries, permalinks, sources and
dates. RIFT_FEEDS (the native tool) then writes the feeds of hostile text (markup, control characters, right-to-left
and CJK text) with and without a public address, which must parse as well.
"""
import json, os, subprocess, sys, tempfile, uuid

import feedparser

CAP = 100  # kFeedEntries in src/core/feed.h: the newest events a feed holds
failures = []


def fail(msg):
    failures.append(msg)


def first_day(date):  # '2013' -> '2013-01-01', '2013-05' -> '2013-05-01': how the dataset sorts
    return (date + "-01-01")[:10] if len(date) == 4 else (date + "-01")[:10]


def expected_feeds(events, vendors):
    parent = {v["id"]: v.get("parent") for v in vendors}

    def root(v):
        while parent.get(v):
            v = parent[v]
        return v

    feeds = {"feeds/all.atom": list(events)}
    for e in events:
        feeds.setdefault(f"feeds/actor/{e['actor']}.atom", []).append(e)
        for r in dict.fromkeys(root(v) for v in e["vendors"]):
            feeds.setdefault(f"feeds/vendor/{r}.atom", []).append(e)
    return {path: sorted(evs, key=lambda e: (first_day(e["date"]), e["id"]), reverse=True)
            for path, evs in feeds.items()}


def check_feed(where, text, base, events, total, release_days, page):
    """One feed file: parsed without errors, its entries exactly `events` (already capped, newest first)."""
    d = feedparser.parse(text, response_headers={"content-location": base, "content-type": "application/atom+xml"})
    if d.bozo:
        fail(f"{where}: not well-formed for feedparser: {d.bozo_exception}")
        return
    if d.version != "atom10":
        fail(f"{where}: read as {d.version!r}, not Atom 1.0")
    if not d.feed.get("title", "").startswith("Rift: ") or not d.feed.get("id", "").startswith("urn:uuid:"):
        fail(f"{where}: feed title or id missing: {d.feed.get('title')!r} {d.feed.get('id')!r}")
    if f"{total} event" not in d.feed.get("subtitle", ""):
        fail(f"{where}: the subtitle does not give the {total} events: {d.feed.get('subtitle')!r}")
    got = [e.get("id") for e in d.entries]
    want = ["urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, "rift:event:" + e["id"])) for e in events]
    if got != want:
        fail(f"{where}: {len(got)} entries, expected {len(want)} (newest first): "
             f"first differing at {next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))}")
        return
    for entry, e in zip(d.entries, events):
        what = f"{where}: {e['id']}"
        if entry.title != e["title"]:
            fail(f"{what}: title {entry.title!r}")
        if e.get("summary") and entry.get("summary") != e["summary"]:
            fail(f"{what}: summary differs")
        if entry.link != page + "#event=" + e["id"]:
            fail(f"{what}: permalink {entry.link!r}, expected {page}#event={e['id']}")
        sources = [s["url"] for s in e["sources"] if s["url"].lower().startswith(("http://", "https://"))]
        related = [l["href"] for l in entry.links if l.get("rel") == "related"]
        if related != sources:
            fail(f"{what}: source links {related} != {sources}")
        for url in sources:
            if url.replace("&", "&amp;") not in entry.content[0].value and url not in entry.content[0].value:
                fail(f"{what}: the content does not link {url}")
        if len(e["date"]) == 10 and entry.get("published", "")[:10] != e["date"]:
            fail(f"{what}: published {entry.get('published')!r}, dated {e['date']}")
        if len(e["date"]) < 10 and "published" in entry:
            fail(f"{what}: published {entry.published!r} for a date known only as {e['date']}")
        if release_days is not None and entry.get("updated", "")[:10] not in release_days:
            fail(f"{what}: updated {entry.get('updated')!r} is no release's day {sorted(release_days)}")


def check_built(web_dir, source_dir):
    events = json.load(open(os.path.join(source_dir, "data/events.json"), encoding="utf-8"))
    vendors = json.load(open(os.path.join(source_dir, "data/vendors.json"), encoding="utf-8"))["vendors"]
    releases = json.load(open(os.path.join(source_dir, "data/releases.json"), encoding="utf-8"))["releases"]
    release_days = {r["date"] for r in releases} | {events["version"][:10]}
    want = expected_feeds(events["events"], vendors)
    root = os.path.join(web_dir, "feeds")
    have = {os.path.relpath(os.path.join(d, f), web_dir).replace(os.sep, "/")
            for d, _, files in os.walk(root) for f in files}
    if have != set(want):
        fail(f"{root}: feeds missing {sorted(set(want) - have)[:5]}, unexpected {sorted(have - set(want))[:5]}")
    # The page's address as a reader would see it: without RIFT_PUBLIC_URL links are relative to each feed (read
    # here as if served under https://rift.example/site/); with it, the all-events feed's self link names it.
    page = "https://rift.example/site/"
    everything = feedparser.parse(open(os.path.join(root, "all.atom"), "rb").read(),
                                  response_headers={"content-location": page + "feeds/all.atom"})
    self_link = [l["href"] for l in everything.feed.get("links", []) if l.get("rel") == "self"]
    if self_link:
        page = everything.feed.link  # the public address (the feed's page)
        if self_link[0] != page[:page.rfind("/") + 1] + "feeds/all.atom":
            fail(f"all.atom: self link {self_link[0]} is not beside the page {page}")
    entries = 0
    for path in sorted(set(want) & have):
        text = open(os.path.join(web_dir, path), "rb").read()
        check_feed(path, text, page + path, want[path][:CAP], len(want[path]), release_days, page)
        entries += min(CAP, len(want[path]))
    print(f"check_feeds: {len(have)} feeds in {root}, {entries} entries")


def check_hostile(tool, source_dir):
    ds = {"schema": "1.0", "version": "2026-12-01", "events": [{
        "id": "xx-2026-01-02-markup", "date": "2026-01-02", "actor": "US", "targets": ["CN"], "vendors": ["huawei"],
        "measure": "entity_listing", "sector": "telecom", "status": "enacted",
        "title": "<b>Bold</b> & \"quoted\" ]]> \u0001bell\u000b & <![CDATA[x]]>",
        "summary": "Text with <script>alert(1)</script>, \u202bمراجعة\u202c, 网信办 and a form feed \u000c.",
        "sources": [{"url": "https://example.org/a?b=1&c=2", "publisher": "P & Q", "title": "T <i>", "date": "2026-01-02"}],
        "severity": 2}]}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "events.json")
        json.dump(ds, open(path, "w", encoding="utf-8"), ensure_ascii=False)
        vendors = os.path.join(source_dir, "data/vendors.json")
        for page in ("", "https://rift.example/x/index.html"):
            out = os.path.join(tmp, "out" + str(len(page)))
            args = [tool] + (["--page", page] if page else []) + [path, vendors, out]
            r = subprocess.run(args, capture_output=True, text=True)
            if r.returncode != 0:
                fail(f"{' '.join(args)}: exit {r.returncode}: {r.stderr}")
                continue
            text = open(os.path.join(out, "feeds/all.atom"), "rb").read()
            base = "https://rift.example/y/feeds/all.atom"
            d = feedparser.parse(text, response_headers={"content-location": base, "content-type": "application/atom+xml"})
            if d.bozo:
                fail(f"hostile text{' with --page' if page else ''}: {d.bozo_exception}")
                continue
            e = d.entries[0]
            if e.title != "<b>Bold</b> & \"quoted\" ]]> bell & <![CDATA[x]]>":
                fail(f"hostile title read back as {e.title!r}")
            if "<script>" in e.content[0].value or "alert(1)" not in e.content[0].value:
                fail(f"hostile summary not kept as text in the content: {e.content[0].value!r}")
            want_link = (page or "https://rift.example/y/") + "#event=xx-2026-01-02-markup"
            if e.link != want_link:
                fail(f"hostile permalink {e.link!r}, expected {want_link!r}")
            related = [l["href"] for l in e.links if l.get("rel") == "related"]
            if related != ["https://example.org/a?b=1&c=2"] or "P & Q: T <i>" not in e.content[0].value.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"):
                fail(f"hostile sources linked as {related}")
            self_links = [l["href"] for l in d.feed.links if l.get("rel") == "self"]
            if self_links != (["https://rift.example/x/feeds/all.atom"] if page else []):
                fail(f"self link {self_links} with page {page!r}")
    # A bad dataset: a clear error naming the place, no feeds.
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "events.json")
        open(path, "w").write('{"schema": "1.0", "version": "x", "events": [{"id": 5}]}')
        r = subprocess.run([tool, path, os.path.join(source_dir, "data/vendors.json"), tmp], capture_output=True, text=True)
        if r.returncode == 0 or "$.events[0]" not in r.stderr or os.path.exists(os.path.join(tmp, "feeds")):
            fail(f"a bad dataset: exit {r.returncode}, {r.stderr!r}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    web_dir, tool, source_dir = sys.argv[1:4]
    check_built(web_dir, source_dir)
    check_hostile(tool, source_dir)
    for f in failures[:40]:
        print("FAIL", f)
    sys.exit(1 if failures else 0)
