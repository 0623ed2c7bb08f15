#!/usr/bin/env python3
"""Writes the dataset as a Frictionless Data Package: datapackage.json and tidy CSV tables.

usage: gen_datapackage.py EVENTS.json VENDORS.json OUT_DIR

Tables (UTF-8, a header row, "\\n" line ends, empty cells for absent values):
  events          one row per event (dates as given, plus date_start: the first day of the period, for sorting)
  sources         one row per source of an event, in the event's order (position 1 is the primary document
                  where one is stored)
  vendors         one row per vendor (vendors.json and the dataset's own "vendors")
  vendor_sectors  one row per vendor and sector
  event_targets   one row per event and targeted country
  event_vendors   one row per event and named vendor, with its role (targeted, defended, mentioned); vendor ids
                  given by a former id (an alias) are written as the vendor's id
  links           one row per response link: event_id answers responds_to
  aliases         former ids of events and vendors that still name them
The same inputs give the same bytes. Loading: pandas.read_csv(".../events.csv"); the package with frictionless.
"""
import csv, io, json, os, sys

def first_day(date):
    return date + "-01-01"[len(date) - 4:] if len(date) < 10 else date

def precision(date):
    return {4: "year", 7: "month"}.get(len(date), "day")

def field(name, type_, description, **extra):
    f = {"name": name, "type": type_, "description": description}
    f.update(extra)
    return f

def required(**extra):
    c = {"required": True}
    c.update(extra)
    return {"constraints": c}

EVENT_ID = field("event_id", "string", "the event's id (events.id)", **required())

TABLES = {
    "events": {
        "description": "One row per event: one dated measure or act by one state or the EU.",
        "fields": [
            field("id", "string", "stable, unique id: <actor>-<date>-<slug>", **required(unique=True)),
            field("date", "string", "YYYY-MM-DD, or YYYY-MM / YYYY when only that is known", **required()),
            field("date_precision", "string", "day, month or year", **required(enum=["day", "month", "year"])),
            field("date_start", "date", "the first day of `date` (for sorting and filtering)", **required()),
            field("date_note", "string", "why only the month or year is known"),
            field("effective", "string", "when it took legal effect (same form as date)"),
            field("ends", "string", "when it was revoked, expired or lifted (same form as date)"),
            field("actor", "string", "ISO 3166-1 alpha-2 code of the acting state, or EU", **required()),
            field("measure", "string", "type of measure (docs/DATASET.md)", **required()),
            field("sector", "string", "sector the measure applies to", **required()),
            field("status", "string", "announced, enacted, reported, proposed or revoked", **required()),
            field("severity", "integer", "1 (words) to 5 (sector-wide controls); rubric in docs/DATASET.md",
                  **required(minimum=1, maximum=5)),
            field("title", "string", "one line, in the dataset's own words", **required()),
            field("summary", "string", "two or three sentences, in the dataset's own words", **required()),
            field("title_de", "string", "the title in German (optional)"),
            field("summary_de", "string", "the summary in German (optional)"),
        ],
        "primaryKey": "id",
    },
    "sources": {
        "description": "One row per source of an event, in the event's order.",
        "fields": [EVENT_ID,
                   field("position", "integer", "1 for the first source (the primary document where one is stored)",
                         **required(minimum=1)),
                   field("url", "string", "http(s) address of the page", format="uri", **required()),
                   field("publisher", "string", "who published it", **required()),
                   field("title", "string", "the page's title (descriptive titles in square brackets)", **required()),
                   field("date", "string", "the page's date, when it shows one")],
        "primaryKey": ["event_id", "position"],
        "foreignKeys": [{"fields": "event_id", "reference": {"resource": "events", "fields": "id"}}],
    },
    "vendors": {
        "description": "One row per vendor.",
        "fields": [field("id", "string", "the vendor's id", **required(unique=True)),
                   field("name", "string", "the vendor's name", **required()),
                   field("country", "string", "ISO 3166-1 alpha-2 code of its home country", **required()),
                   field("parent", "string", "the id of the vendor that owns it"),
                   field("website", "string", "its website", format="uri")],
        "primaryKey": "id",
        "foreignKeys": [{"fields": "parent", "reference": {"resource": "vendors", "fields": "id"}}],
    },
    "vendor_sectors": {
        "description": "One row per vendor and sector.",
        "fields": [field("vendor_id", "string", "the vendor's id (vendors.id)", **required()),
                   field("sector", "string", "a sector the vendor works in", **required())],
        "primaryKey": ["vendor_id", "sector"],
        "foreignKeys": [{"fields": "vendor_id", "reference": {"resource": "vendors", "fields": "id"}}],
    },
    "event_targets": {
        "description": "One row per event and targeted country (events with no row are country-neutral).",
        "fields": [EVENT_ID, field("country", "string", "ISO 3166-1 alpha-2 code or EU", **required())],
        "primaryKey": ["event_id", "country"],
        "foreignKeys": [{"fields": "event_id", "reference": {"resource": "events", "fields": "id"}}],
    },
    "event_vendors": {
        "description": "One row per event and vendor it names, with the vendor's role in the event.",
        "fields": [EVENT_ID,
                   field("vendor_id", "string", "the vendor's id (vendors.id)", **required()),
                   field("role", "string", "targeted, defended (the actor speaks for it) or mentioned",
                         **required(enum=["targeted", "defended", "mentioned"]))],
        "primaryKey": ["event_id", "vendor_id"],
        "foreignKeys": [{"fields": "event_id", "reference": {"resource": "events", "fields": "id"}},
                        {"fields": "vendor_id", "reference": {"resource": "vendors", "fields": "id"}}],
    },
    "links": {
        "description": "One row per response link: the event answers an earlier (or same-period) one.",
        "fields": [EVENT_ID,
                   field("responds_to", "string", "the id of the event it answers (events.id)", **required())],
        "primaryKey": ["event_id", "responds_to"],
        "foreignKeys": [{"fields": "event_id", "reference": {"resource": "events", "fields": "id"}},
                        {"fields": "responds_to", "reference": {"resource": "events", "fields": "id"}}],
    },
    "aliases": {
        "description": "Former ids that still name an event or a vendor (links made before a correction).",
        "fields": [field("kind", "string", "event or vendor", **required(enum=["event", "vendor"])),
                   field("alias", "string", "the former id", **required()),
                   field("id", "string", "the current id", **required())],
        "primaryKey": ["kind", "alias"],
    },
}

def rows(events_doc, vendors_doc):
    vendors = list(vendors_doc.get("vendors", []) if isinstance(vendors_doc, dict) else vendors_doc)
    by_id = {v["id"]: v for v in vendors}
    for v in events_doc.get("vendors", []):
        by_id[v["id"]] = v
    vendor_of = {v["id"]: v["id"] for v in by_id.values()}
    for v in by_id.values():
        for a in v.get("aliases", []):
            vendor_of[a] = v["id"]
    t = {name: [] for name in TABLES}
    events = sorted(events_doc["events"], key=lambda e: (first_day(e["date"]), e["id"]))
    for e in events:
        t["events"].append([e["id"], e["date"], precision(e["date"]), first_day(e["date"]), e.get("date_note", ""),
                            e.get("effective", ""), e.get("ends", ""), e["actor"], e["measure"], e["sector"],
                            e["status"], e["severity"], e["title"], e.get("summary", ""), e.get("title_de", ""),
                            e.get("summary_de", "")])
        for k, s in enumerate(e.get("sources", [])):
            t["sources"].append([e["id"], k + 1, s["url"], s["publisher"], s["title"], s.get("date", "")])
        for c in e["targets"]:
            t["event_targets"].append([e["id"], c])
        roles = e.get("vendor_roles", {})
        for v in e["vendors"]:
            t["event_vendors"].append([e["id"], vendor_of.get(v, v), roles.get(v, "targeted")])
        for r in e.get("responds_to", []):
            t["links"].append([e["id"], r])
        for a in e.get("aliases", []):
            t["aliases"].append(["event", a, e["id"]])
    for v in sorted(by_id.values(), key=lambda v: v["id"]):
        t["vendors"].append([v["id"], v["name"], v["country"], v.get("parent", ""), v.get("website", "")])
        for s in v["sectors"]:
            t["vendor_sectors"].append([v["id"], s])
        for a in v.get("aliases", []):
            t["aliases"].append(["vendor", a, v["id"]])
    t["aliases"].sort()
    return t

def package(events_doc, tables):
    version = str(events_doc.get("version", ""))
    return {
        "profile": "tabular-data-package",
        "name": "rift",
        "title": events_doc.get("title", "Rift"),
        "description": "State measures against foreign technology vendors since 2012, each sourced: who acted, "
                       "against whom and which vendors, what kind of measure, and which measure answered which. "
                       "Tidy tables generated from data/events.json and data/vendors.json; format and rules in "
                       "docs/DATASET.md.",
        "version": version,
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 International",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "resources": [{
            "name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "description": spec["description"],
            "dialect": {"delimiter": ",", "lineTerminator": "\n", "quoteChar": "\"", "doubleQuote": True,
                        "header": True},
            "schema": {k: v for k, v in spec.items() if k != "description"} | {"missingValues": [""]},
        } for name, spec in TABLES.items()],
    }

def write(events_path, vendors_path, out_dir):
    events_doc = json.load(open(events_path, encoding="utf-8"))
    vendors_doc = json.load(open(vendors_path, encoding="utf-8")) if vendors_path else {"vendors": []}
    tables = rows(events_doc, vendors_doc)
    os.makedirs(out_dir, exist_ok=True)
    for name, spec in TABLES.items():
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow([f["name"] for f in spec["fields"]])
        w.writerows(tables[name])
        with open(os.path.join(out_dir, f"{name}.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(buf.getvalue())
    with open(os.path.join(out_dir, "datapackage.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(package(events_doc, tables), indent=1, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    write(*sys.argv[1:4])
