#!/usr/bin/env python3
"""CITATION.cff names the dataset's current release: its version and date-released (top level and
preferred-citation) are data/events.json's `version` (date-released its date: a second release on one day is
`YYYY-MM-DD.2`), and the licences are the ones in LICENSE and LICENSE-DATA.

usage: check_citation.py SOURCE_DIR
(The file is read with a few patterns, not a YAML library: Debian's python3 has none by default.)
"""
import json, os, re, sys

def main():
    root = sys.argv[1]
    cff = open(os.path.join(root, "CITATION.cff"), encoding="utf-8").read()
    version = json.load(open(os.path.join(root, "data", "events.json"), encoding="utf-8"))["version"]
    failures = []
    if not re.search(r"^cff-version: 1\.2\.0$", cff, re.M):
        failures.append("cff-version is not 1.2.0")
    top, _, preferred = cff.partition("\npreferred-citation:")
    for part, name in ((top, "top level"), (preferred, "preferred-citation")):
        for key in ("version", "date-released"):
            m = re.search(rf'^\s*{key}: "?([^"\n]+)"?$', part, re.M)
            want = version if key == "version" else version[:10]
            if not m or m.group(1) != want:
                failures.append(f"{name} {key} is {m.group(1) if m else 'missing'}, the data's release is {want}: "
                                "update CITATION.cff with the release")
    if not re.search(r"^\s+type: data$", preferred, re.M) or not re.search(r"^\s+license: CC-BY-4\.0$", preferred, re.M):
        failures.append("preferred-citation is not the dataset (type: data, license: CC-BY-4.0)")
    if not re.search(r"^license: MIT$", top, re.M):
        failures.append("the software's license is not MIT")
    if "MIT License" not in open(os.path.join(root, "LICENSE")).read():
        failures.append("LICENSE is not the MIT License")
    data_licence = open(os.path.join(root, "LICENSE-DATA")).read()
    for marker in ("Attribution 4.0 International", "Section 1 -- Definitions.", "Section 8 -- Interpretation.",
                   "Creative Commons may be contacted at creativecommons.org."):
        if marker not in data_licence:
            failures.append(f"LICENSE-DATA lacks {marker!r} (the CC BY 4.0 legal code)")
    for f in failures:
        print("FAIL", f)
    print(f"citation: version {version}, {len(failures)} failures")
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main())
