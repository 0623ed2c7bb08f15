#!/usr/bin/env python3
"""The JSON Schema (data/schema/*.schema.json) against rift-validate, on the dataset and on every fixture.

usage: check_schema.py RIFT_VALIDATE SOURCE_DIR

A standard validator (python3-jsonschema, Draft 2020-12) checks each events file and the vendors.json beside it.
The two must agree: whatever the schema rejects, rift-validate rejects; whatever rift-validate rejects, the schema
rejects too, unless the fixture is listed below under the rule a schema cannot state (docs/DATASET.md, "What the
schema cannot check", names the same fixtures; this test checks that it does). The schema's vocabularies are
also compared with the core's (src/core/vocab.h) and its country codes with Debian's iso-codes.
"""
import glob, json, os, pathlib, re, subprocess, sys

import jsonschema

# rule -> the fixtures (tests/fixtures/bad) that exercise it. Each must be refused by rift-validate and accepted by
# the schema (or, for "reader", be no JSON a strict reader accepts): a listing that no longer holds fails.
NOT_STATABLE = {
    "JSON text: UTF-8 without a byte-order mark, well-formed, no lone surrogates (the reader's job, before any schema)":
        ["bom.json", "invalid-json.json", "invalid-utf8.json"],
    "limits in bytes and depth: 64 MiB a file, 20,000 bytes a string, nesting depth 16 (a schema counts characters)":
        ["deep-nesting.json"],
    "a whole number written as one: 4.0 is an integer to JSON Schema": ["severity-float.json"],
    "dates not in the future": ["future-date.json"],
    "ends not before date": ["ends-before-date.json"],
    "unique event ids": ["duplicate-id.json"],
    "no probable duplicates (same actor, date, measure and vendors)": ["probable-duplicate.json"],
    "vendors named by events exist (in vendors.json or the file's own vendors)": ["unknown-vendor.json"],
    "vendor_roles name only the event's own vendors": ["role-not-a-vendor.json"],
    "responds_to names an existing event, not itself, not later": ["responds-missing.json", "responds-forward.json"],
    "responds_to forms no cycle": ["responds-cycle.json"],
    "aliases are no current id and each alias once": ["alias-is-an-id.json"],
    "vendor parents exist and form no cycle; unique vendor ids": ["vendor-parent-cycle.json"],
}


class NotJson(Exception):
    pass


def read_strict(path):
    """JSON as rift reads it: UTF-8 without BOM, no NaN/Infinity, strings that are valid Unicode."""
    try:
        text = pathlib.Path(path).read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise NotJson(f"not UTF-8: {e}")
    if text.startswith("\ufeff"):
        raise NotJson("byte-order mark")
    def bad_constant(name):
        raise NotJson(f"{name} is not JSON")
    try:
        doc = json.loads(text, parse_constant=bad_constant)
    except json.JSONDecodeError as e:
        raise NotJson(str(e))
    def walk(v):
        if isinstance(v, str):
            v.encode("utf-8")  # raises on a lone surrogate
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            for k, x in v.items():
                walk(k)
                walk(x)
    try:
        walk(doc)
    except UnicodeEncodeError:
        raise NotJson("a lone surrogate")
    return doc


def validators(schema_dir):
    out = {}
    for name in ("events", "vendors"):
        path = os.path.join(schema_dir, f"{name}.schema.json")
        schema = json.load(open(path, encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        # Relative $refs (events -> vendors.schema.json) resolve against the schema's own file, as other tools do.
        resolver = jsonschema.RefResolver(base_uri=pathlib.Path(path).resolve().as_uri(), referrer=schema)
        out[name] = jsonschema.Draft202012Validator(schema, resolver=resolver)
    return out


def schema_verdict(v, events_path):
    """None when the schema accepts the file (and the vendors.json beside it), else the first reason."""
    try:
        doc = read_strict(events_path)
    except NotJson as e:
        return f"reader: {e}"
    err = jsonschema.exceptions.best_match(v["events"].iter_errors(doc))
    if err:
        return f"events: {'/'.join(map(str, err.absolute_path))}: {err.message[:160]}"
    beside = os.path.join(os.path.dirname(events_path), "vendors.json")
    if os.path.exists(beside):
        err = jsonschema.exceptions.best_match(v["vendors"].iter_errors(read_strict(beside)))
        if err:
            return f"vendors: {'/'.join(map(str, err.absolute_path))}: {err.message[:160]}"
    return None


def check_vocabularies(schema_dir, source_dir):
    """The schema's enums are the core's vocabularies; its countries are iso-codes' plus EU."""
    problems = []
    vocab = open(os.path.join(source_dir, "src/core/vocab.h"), encoding="utf-8").read()
    def core(name):
        m = re.search(name + r"\s*=\s*\{([^}]*)\}", vocab)
        return re.findall(r'"([^"]+)"', m.group(1))
    ev = json.load(open(os.path.join(schema_dir, "events.schema.json")))
    vd = json.load(open(os.path.join(schema_dir, "vendors.schema.json")))
    props = ev["$defs"]["event"]["properties"]
    pairs = [("kMeasureNames", props["measure"]["enum"]), ("kSectorNames", props["sector"]["enum"]),
             ("kStatusNames", props["status"]["enum"]),
             ("kVendorRoleNames", props["vendor_roles"]["additionalProperties"]["enum"]),
             ("kVendorSectorNames", vd["$defs"]["vendor"]["properties"]["sectors"]["items"]["enum"])]
    for name, enum in pairs:
        if core(name) != enum:
            problems.append(f"schema enum differs from src/core/vocab.h {name}: {enum} vs {core(name)}")
    iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    codes = sorted([c["alpha_2"] for c in iso] + ["EU"])
    if sorted(vd["$defs"]["country"]["enum"]) != codes:
        problems.append("the schema's country codes are not iso-codes' alpha-2 codes and EU")
    return problems


def main():
    validate, source_dir = sys.argv[1], sys.argv[2]
    schema_dir = os.path.join(source_dir, "data", "schema")
    v = validators(schema_dir)
    fixtures = os.path.join(source_dir, "tests", "fixtures")
    cases = [os.path.join(source_dir, "data", "events.json")]
    cases += sorted(glob.glob(os.path.join(fixtures, "*", "events.json")))
    cases += sorted(p for p in glob.glob(os.path.join(fixtures, "bad", "*.json")) if not p.endswith("/vendors.json"))
    listed = {f: rule for rule, files in NOT_STATABLE.items() for f in files}
    failures, rows = [], []
    for path in cases:
        name = os.path.relpath(path, source_dir)
        p = subprocess.run([validate, path], capture_output=True, text=True, timeout=60)
        validator_ok = p.returncode == 0
        reason = schema_verdict(v, path)
        schema_ok = reason is None
        rule = listed.get(os.path.basename(path)) if "/bad/" in path else None
        if rule:
            reader_rule = rule.startswith("JSON text")
            if validator_ok:
                failures.append(f"{name}: listed under '{rule}' but rift-validate accepts it")
            elif reader_rule and not (reason or "").startswith("reader:"):
                failures.append(f"{name}: listed under '{rule}' but a strict JSON reader reads it ({reason})")
            elif not reader_rule and not schema_ok:
                failures.append(f"{name}: listed under '{rule}' but the schema rejects it now ({reason}): "
                                "take it off the list in tests/check_schema.py and docs/DATASET.md")
            rows.append(f"  {name:44} {rule}")
        elif schema_ok != validator_ok:
            failures.append(f"{name}: the schema {'accepts' if schema_ok else 'rejects'} it, rift-validate "
                            f"{'accepts' if validator_ok else 'rejects'} it\n    schema: {reason}\n    "
                            f"rift-validate: {(p.stdout + p.stderr).strip()[:400]}")
        else:
            rows.append(f"  {name:44} both {'accept' if schema_ok else 'reject'}"
                        f"{'' if schema_ok else ' (schema: ' + reason[:90] + ')'}")
    for rule, files in NOT_STATABLE.items():
        for f in files:
            if not os.path.exists(os.path.join(fixtures, "bad", f)):
                failures.append(f"{f} (listed under '{rule}') is not in tests/fixtures/bad")
    dataset_md = open(os.path.join(source_dir, "docs", "DATASET.md"), encoding="utf-8").read()
    for f in listed:
        if f"`{f}`" not in dataset_md:
            failures.append(f"docs/DATASET.md does not name `{f}` under the rules a schema cannot state")
    failures += check_vocabularies(schema_dir, source_dir)
    print(f"{'file':46} verdict, or the rule only rift-validate checks")
    print("\n".join(rows))
    for f in failures:
        print("FAIL", f)
    print(f"schema agreement: {len(cases)} files, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
