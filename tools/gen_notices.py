#!/usr/bin/env python3
"""Collects THIRD-PARTY-NOTICES.txt from the licence files of what Rift's builds carry.

usage: gen_notices.py OUT IMGUI_DIR NODE_MODULES_DIR

One table (COMPONENTS) names each shipped component, what it is for, which builds carry it and where its licence
file is: Debian's /usr/share/doc/<package>/copyright, the licence file of the pinned ImGui sources, or an npm
package's LICENSE. Emscripten's copyright file covers its whole source tree (3,600 lines): only the stanzas for
what is compiled into rift.wasm are kept (its own files, musl, libc++, libc++abi, compiler-rt, dlmalloc) with the
licence texts they name. A missing licence file stops the build: nothing ships without its notice.
"""
import json, os, re, sys

WEB, DESKTOP = "the page and the single file", "the desktop app"
BOTH = f"{WEB}, {DESKTOP}"

# name, what it does in Rift, which builds carry it, where the licence comes from
COMPONENTS = [
    ("Dear ImGui 1.86", "the interface: windows, widgets, text drawing; its imstb_truetype.h, imstb_rectpack.h and "
     "imstb_textedit.h are stb libraries (public domain or MIT, see their headers)", BOTH,
     ("imgui", "LICENSE.txt")),
    ("nlohmann/json", "reading JSON (datasets, links, host messages)", BOTH, ("deb", "nlohmann-json3-dev")),
    ("Inter", "the interface font (a subset; tools/gen_font.py)", BOTH, ("deb", "fonts-inter")),
    ("Noto Sans, Noto Sans Arabic", "glyphs Inter lacks and Arabic text (subsets; tools/gen_font.py)", BOTH,
     ("deb", "fonts-noto-core")),
    ("iso-codes", "country names in English and German (ISO 3166-1; tools/gen_countries.py)", BOTH,
     ("deb", "iso-codes", "/usr/share/common-licenses/LGPL-2.1")),
    ("Natural Earth, through world-atlas 2.0.2", "the map's country shapes (assets/world.bin, tools/gen_map.mjs); "
     "Natural Earth's data is in the public domain (naturalearthdata.com), world-atlas converts it to TopoJSON", BOTH,
     ("npm", "world-atlas")),
    ("topojson-client", "decodes world-atlas when the map is generated (tools/gen_map.mjs)", BOTH,
     ("npm", "topojson-client")),
    ("d3-geo (with d3-array)", "the map's Equal Earth projection, applied when the map is generated", BOTH,
     ("npm", "d3-geo", "d3-array")),
    ("earcut", "triangulates the map's shapes when the map is generated", BOTH, ("npm", "earcut")),
    ("Emscripten", "the page's runtime: the JavaScript glue, and musl libc, libc++, libc++abi, compiler-rt and "
     "dlmalloc compiled into rift.wasm", WEB,
     ("deb-files", "emscripten", ["*", "system/lib/libc/musl/*", "system/lib/libcxx/*", "system/lib/libcxxabi/*",
                                  "system/lib/compiler-rt/*", "system/lib/dlmalloc.c"])),
    ("GLFW 3", "windows, input and the OpenGL context of the desktop app (a shared library)", DESKTOP,
     ("deb", "libglfw3")),
    ("stb (stb_image_write)", "PNG screenshots of the desktop app", DESKTOP, ("deb", "libstb-dev")),
]

RULE = "=" * 100


def read(path):
    if not os.path.isfile(path):
        sys.exit(f"gen_notices.py: licence file not found: {path} (scripts/setup.sh installs it)")
    return open(path, encoding="utf-8", errors="replace").read().rstrip() + "\n"


def dep5_files(text, keep):
    """The paragraphs of a machine-readable Debian copyright file for the Files patterns in `keep`, and the
    stand-alone License paragraphs those name."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    kept, names = [], set()
    for p in paragraphs:
        m = re.match(r"Files:\s*((?:.*\n?)(?:[ \t].*\n?)*)", p)
        if not m:
            continue
        patterns = m.group(1).split()
        if any(pat in keep for pat in patterns):
            kept.append(p)
            lic = re.search(r"^License:\s*(.+)$", p, re.M)
            if lic:
                names.update(n for n in re.split(r"\s+(?:or|and)\s+|\s+with\s+.*$|[(),]", lic.group(1)) if n.strip())
    licences = [p for p in paragraphs if p.startswith("License:") and
                p.splitlines()[0].split(":", 1)[1].strip() in names and len(p.splitlines()) > 1]
    return "\n\n".join(kept + licences) + "\n"


def licence_text(source, imgui_dir, node_modules):
    kind = source[0]
    if kind == "imgui":
        return f"From {source[1]} of the Dear ImGui sources:\n\n" + read(os.path.join(imgui_dir, source[1]))
    if kind == "deb":
        path = f"/usr/share/doc/{source[1]}/copyright"
        out = f"From Debian's {source[1]} package ({path}):\n\n" + read(path)
        for extra in source[2:]:
            out += f"\nThe licence named above ({extra}):\n\n" + read(extra)
        return out
    if kind == "deb-files":
        path = f"/usr/share/doc/{source[1]}/copyright"
        return (f"From Debian's {source[1]} package ({path}), the parts for the files in: {', '.join(source[2])}:\n\n" +
                dep5_files(read(path), set(source[2])))
    if kind == "npm":
        parts = []
        for pkg in source[1:]:
            folder = os.path.join(node_modules, pkg)
            version = json.load(open(os.path.join(folder, "package.json"))).get("version", "?")
            names = sorted(f for f in os.listdir(folder) if re.match(r"(?i)licen[cs]e", f)) if os.path.isdir(folder) else []
            if not names:
                sys.exit(f"gen_notices.py: no LICENSE file in {folder} (npm ci)")
            parts.append(f"From the npm package {pkg} {version} ({names[0]}):\n\n" + read(os.path.join(folder, names[0])))
        return "\n".join(parts)
    raise ValueError(kind)


def main():
    out, imgui_dir, node_modules = sys.argv[1:4]
    text = ["Rift: third-party notices",
            "",
            "Rift's code is under the MIT License (LICENSE) and its dataset under CC BY 4.0 (LICENSE-DATA). The page, the",
            "single-file page and the desktop app also carry the following components, under their own licences,",
            "collected at build time from the packages' own licence files (tools/gen_notices.py).",
            ""]
    for name, what, builds, _ in COMPONENTS:
        text.append(f"  - {name}: {what} ({builds})")
    for name, what, builds, source in COMPONENTS:
        text += ["", RULE, f"{name}", f"  {what}", f"  in: {builds}", RULE, "",
                 licence_text(source, imgui_dir, node_modules).rstrip()]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(text) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main()
