#!/usr/bin/env python3
"""THIRD-PARTY-NOTICES.txt is produced, ships where Rift ships, and names each component the builds carry.

usage: check_notices.py SOURCE_DIR NOTICES DESKTOP_APP_DIR [WEB_DIR]

Each component below must have a section (a heading line after a rule) with a licence text under it. The list
is checked against the build's own inputs too: every npm package tools/gen_map.mjs imports, and world-atlas it
reads, must be named. The copies beside the desktop app (and, when the web build is there, beside the page and
inside rift-offline.html) must be the same file.
"""
import os, re, sys

COMPONENTS = {  # heading start -> a phrase its licence text must contain
    "Dear ImGui": "Permission is hereby granted",
    "nlohmann/json": "Niels Lohmann",
    "Inter": "Open Font License",
    "Noto Sans": "Open Font License",
    "iso-codes": "GNU LESSER GENERAL PUBLIC LICENSE",
    "Natural Earth": "Permission to use, copy, modify",
    "topojson-client": "Permission to use, copy, modify",
    "d3-geo": "Permission to use, copy, modify",
    "earcut": "ISC License",
    "Emscripten": "system/lib/libc/musl",
    "GLFW": "zlib",
    "stb": "Sean Barrett",
}


def sections(text):
    parts = re.split(r"\n={100}\n", text)
    # parts: preamble, heading, body, heading, body, ...
    return {parts[i].splitlines()[0]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def main():
    source, notices = sys.argv[1], sys.argv[2]
    failures = []
    if not os.path.isfile(notices):
        print(f"FAIL {notices} was not produced")
        return 1
    text = open(notices, encoding="utf-8").read()
    found = sections(text)
    for name, phrase in COMPONENTS.items():
        heads = [h for h in found if h.startswith(name)]
        if not heads:
            failures.append(f"no section for {name}")
        elif phrase.lower() not in found[heads[0]].lower():
            failures.append(f"{name}: its licence text lacks {phrase!r}")
    gen_map = open(os.path.join(source, "tools", "gen_map.mjs"), encoding="utf-8").read()
    used = set(re.findall(r"^import .* from '(?!node:)([^'.][^']*)';", gen_map, re.M)) | set(re.findall(r"'(world-atlas)/", gen_map))
    for pkg in sorted(used):
        if not re.search(rf"npm package {re.escape(pkg)} ", text):
            failures.append(f"tools/gen_map.mjs uses {pkg}, whose licence is not in the notices")
    copies = [os.path.join(sys.argv[3], "THIRD-PARTY-NOTICES.txt")]
    if len(sys.argv) > 4 and sys.argv[4]:
        copies.append(os.path.join(sys.argv[4], "THIRD-PARTY-NOTICES.txt"))
        single = os.path.join(sys.argv[4], "rift-offline.html")
        if os.path.isfile(single):
            html = open(single, encoding="utf-8").read()
            m = re.search(r'<script type="text/plain" id="rift-third-party-notices">\n(.*?)</script>', html, re.S)
            if not m or m.group(1).replace("<\\/", "</") != text:
                failures.append("rift-offline.html does not carry the notices")
    for copy in copies:
        for name in ("THIRD-PARTY-NOTICES.txt", "LICENSE", "LICENSE-DATA"):
            path = os.path.join(os.path.dirname(copy), name)
            if not os.path.isfile(path):
                failures.append(f"{path} is missing")
        if os.path.isfile(copy) and open(copy, encoding="utf-8").read() != text:
            failures.append(f"{copy} is not the current notices")
    for f in failures:
        print("FAIL", f)
    print(f"notices: {len(found)} components ({', '.join(found)}); {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
