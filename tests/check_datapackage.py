#!/usr/bin/env python3
"""The data package (tools/gen_datapackage.py, built into build/…/data/package) read with pandas, checked
against the JSON it came from.

usage: check_datapackage.py PACKAGE_DIR EVENTS.json VENDORS.json
       check_datapackage.py --generate EVENTS.json VENDORS.json   (writes the package to a temporary folder first)

For every resource in datapackage.json: pandas reads its CSV; the header is the table schema's fields; required
fields have no empty cells; primary keys are unique; foreign keys point at existing rows. Then each table's rows
and keys are compared with the JSON: one events row per event with the same ids, titles and severities, one
sources row per source, one event_targets/event_vendors/links row per target/vendor/response link (vendor roles
as in vendor_roles), one vendors row per vendor, one aliases row per former id.
"""
import json, os, subprocess, sys, tempfile

import pandas as pd


def main():
    pkg_dir, events_path, vendors_path = sys.argv[1:4]
    failures = []
    def check(ok, what):
        if not ok:
            failures.append(what)

    pkg = json.load(open(os.path.join(pkg_dir, "datapackage.json"), encoding="utf-8"))
    data = json.load(open(events_path, encoding="utf-8"))
    vendor_doc = json.load(open(vendors_path, encoding="utf-8"))
    check(pkg.get("profile") == "tabular-data-package", "datapackage.json: profile tabular-data-package")
    check(pkg.get("version") == data["version"], f"datapackage.json: version {pkg.get('version')} is not the data's")

    tables = {}
    for res in pkg["resources"]:
        name, schema = res["name"], res["schema"]
        check(res.get("profile") == "tabular-data-resource", f"{name}: profile tabular-data-resource")
        # As a researcher would: every column as text, empty cells as missing.
        df = pd.read_csv(os.path.join(pkg_dir, res["path"]), dtype=str, keep_default_na=False, na_values=[""])
        tables[name] = df
        fields = [f["name"] for f in schema["fields"]]
        check(list(df.columns) == fields, f"{name}: header {list(df.columns)} is not the schema's {fields}")
        for f in schema["fields"]:
            c = f.get("constraints", {})
            if c.get("required"):
                check(df[f["name"]].notna().all(), f"{name}.{f['name']}: empty cells in a required field")
            if "enum" in c:
                check(df[f["name"]].dropna().isin(c["enum"]).all(), f"{name}.{f['name']}: values outside {c['enum']}")
            if f["type"] == "integer":
                check(pd.to_numeric(df[f["name"]], errors="coerce").notna().all(), f"{name}.{f['name']}: not integers")
            if f["type"] == "date":
                check(pd.to_datetime(df[f["name"]], format="%Y-%m-%d", errors="coerce").notna().all(),
                      f"{name}.{f['name']}: not dates")
        key = schema.get("primaryKey")
        if key:
            check(not df.duplicated(subset=[key] if isinstance(key, str) else key).any(), f"{name}: primary key repeats")
    for res in pkg["resources"]:
        for fk in res["schema"].get("foreignKeys", []):
            ref = fk["reference"]
            values = tables[res["name"]][fk["fields"]].dropna()
            target = tables[ref["resource"]][ref["fields"]]
            missing = sorted(set(values) - set(target))
            check(not missing, f"{res['name']}.{fk['fields']} -> {ref['resource']}.{ref['fields']}: {missing[:5]}")

    events = data["events"]
    ev = tables["events"]
    check(len(ev) == len(events), f"events: {len(ev)} rows for {len(events)} events")
    check(set(ev["id"]) == {e["id"] for e in events}, "events: the ids are not the JSON's")
    by_id = ev.set_index("id")
    for e in events:
        row = by_id.loc[e["id"]]
        check(row["title"] == e["title"] and int(row["severity"]) == e["severity"] and row["date"] == e["date"],
              f"events: row {e['id']} differs from the JSON")
    def pairs(name, a, b):
        return sorted(zip(tables[name][a], tables[name][b]))
    vendors = vendor_doc["vendors"] + data.get("vendors", [])
    canonical = {v["id"]: v["id"] for v in vendors} | {a: v["id"] for v in vendors for a in v.get("aliases", [])}
    expected = {
        "sources": sorted((e["id"], s["url"]) for e in events for s in e["sources"]),
        "event_targets": sorted((e["id"], c) for e in events for c in e["targets"]),
        "event_vendors": sorted((e["id"], canonical[v]) for e in events for v in e["vendors"]),
        "links": sorted((e["id"], r) for e in events for r in e.get("responds_to", [])),
    }
    columns = {"sources": ("event_id", "url"), "event_targets": ("event_id", "country"),
               "event_vendors": ("event_id", "vendor_id"), "links": ("event_id", "responds_to")}
    for name, want in expected.items():
        got = pairs(name, *columns[name])
        check(len(got) == len(want), f"{name}: {len(got)} rows for {len(want)} in the JSON")
        check(got == want, f"{name}: the rows are not the JSON's")
    roles = sorted((e["id"], canonical[v], e.get("vendor_roles", {}).get(v, "targeted"))
                   for e in events for v in e["vendors"])
    ve = tables["event_vendors"]
    check(sorted(zip(ve["event_id"], ve["vendor_id"], ve["role"])) == roles, "event_vendors: roles differ")
    check(sorted(tables["vendors"]["id"]) == sorted({v["id"] for v in vendors}), "vendors: the ids are not the JSON's")
    aliases = sorted([("event", a, e["id"]) for e in events for a in e.get("aliases", [])] +
                     [("vendor", a, v["id"]) for v in vendors for a in v.get("aliases", [])])
    al = tables["aliases"]
    check(sorted(zip(al["kind"], al["alias"], al["id"])) == aliases, "aliases: the rows are not the JSON's")

    for f in failures:
        print("FAIL", f)
    print(f"data package: {len(pkg['resources'])} tables, " +
          ", ".join(f"{n} {len(t)}" for n, t in tables.items()) + f"; {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    if sys.argv[1] == "--generate":
        with tempfile.TemporaryDirectory() as tmp:
            tool = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools", "gen_datapackage.py")
            subprocess.run([sys.executable, tool, sys.argv[2], sys.argv[3], tmp], check=True)
            sys.argv[1] = tmp
            sys.exit(main())
    sys.exit(main())
