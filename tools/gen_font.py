#!/usr/bin/python3
"""Subsets Inter (Debian fonts-inter) to the characters Rift shows, and writes the font pack.

Usage: gen_font.py OUT.bin OUT_EXTRA.bin OUT.inc TEXT_FILE...
OUT.bin is the base pack (layout in src/core/font_pack.h) that the page fetches as assets/fonts.bin before its
first frame: Inter with the characters the first view's text uses, and the merged faces that text needs.
OUT_EXTRA.bin is the extra pack the page fetches after its first frame (assets/fonts-extra.bin): the rest of
Inter's characters (what a reader may type, or their own data may hold: 11 KB of gzip that the first view need not
wait for) and the merged faces that only events' summaries and sources need (the page's first-view data leaves
those out). OUT.inc holds all the faces in one pack, as a C array, for the desktop app and the tests.
The character set is Latin-1, general punctuation, the euro sign, and every character found in the
given text files (the dataset, the interface's sources and translations, the country names); the first view's
are ASCII and what those files' first-view part holds. Characters Inter lacks come from Noto Sans
(Debian fonts-noto-core), subset the same way and merged by ImGui at run time. Arabic comes from Noto Sans
Arabic as the presentation forms that core/bidi's shaping draws (ImGui cannot shape), merged the same way.
"""
import json, os, struct, subprocess, sys, tempfile, unicodedata
from fontTools.ttLib import TTFont

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_page  # noqa: E402 (the first-view rule, shared)

INTER = "/usr/share/fonts/opentype/inter/Inter-Regular.otf"
INTER_BOLD = "/usr/share/fonts/opentype/inter/Inter-SemiBold.otf"
NOTO = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
ARABIC = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"

def cmap(path):
    return set(TTFont(path).getBestCmap().keys())

def subset(path, codepoints, out):
    unicodes = ",".join("U+%04X" % c for c in sorted(codepoints))
    subprocess.run(["/usr/bin/python3", "-m", "fontTools.subset", path, "--unicodes=" + unicodes,
                    "--output-file=" + out, "--no-hinting", "--desubroutinize",
                    # Dear ImGui 1.86 neither kerns nor substitutes: the layout tables would be dead weight
                    # (dropping them saved 6 KB gzip over the two Inter faces).
                    "--layout-features=", "--drop-tables+=GDEF,GPOS,GSUB,STAT",
                    "--name-IDs=1,2", "--notdef-outline"], check=True)
    return open(out, "rb").read()

def ranges(codepoints):
    out, cps = [], sorted(codepoints)
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        out.append((cps[i], cps[j]))
        i = j + 1
    return out

def arabic_forms(letters):
    """The presentation forms of `letters` that core/bidi.cpp shapes to (U+FB50-U+FEFF but for the Uighur
    alef maksura forms), and the lam-alef ligatures U+FEF5-U+FEFC if lam and that alef occur."""
    forms = set()
    for c in range(0xFB50, 0xFF00):
        parts = unicodedata.decomposition(chr(c)).split()
        if len(parts) == 2 and parts[0] in ("<isolated>", "<final>", "<initial>", "<medial>") and int(parts[1], 16) in letters:
            forms.add(c)
        if 0xFEF5 <= c <= 0xFEFC and {int(p, 16) for p in parts[1:]} <= letters:
            forms.add(c)
    return forms - {0xFBE8, 0xFBE9}

def em_height(path):
    """ImGui sizes a font by ascent - descent; this is that height in ems (hhea), to give merged faces Inter's em."""
    f = TTFont(path)
    return (f["hhea"].ascent - f["hhea"].descent) / f["head"].unitsPerEm

def c_array(name, data):
    lines = [f"static const unsigned char {name}[{len(data)}] = {{"]
    for k in range(0, len(data), 24):
        lines.append(",".join(str(b) for b in data[k:k + 24]) + ",")
    lines.append("};")
    return "\n".join(lines)

def pack(faces):
    """faces: (role, size in thousandths of the body size, codepoints, font bytes); roles as in
    src/core/font_pack.h (0 regular, 1 bold, 2 merge, 3 and 4 more of the regular and bold faces)."""
    out = bytearray(b"RFP1") + bytes([len(faces)])
    for role, size, cps, data in faces:
        rs = ranges(c for c in cps if c <= 0xFFFF)
        out += bytes([role]) + struct.pack("<HH", size, len(rs))
        for a, b in rs:
            out += struct.pack("<HH", a, b)
        out += struct.pack("<I", len(data)) + data
    return bytes(out)

def first_view_text(path, text):
    """The part of a text file the page's first view shows: a dataset's events without their summaries and sources
    (tools/gen_page.py's first view with the titles, which follow it at once); any other file whole."""
    if path.endswith(".json"):
        doc = json.loads(text)
        if isinstance(doc, dict) and isinstance(doc.get("events"), list):
            return json.dumps(gen_page.first_view(doc, titles=True), ensure_ascii=False)
    return text

def main():
    out_bin, out_extra, out_inc, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    wanted = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | set(range(0x2010, 0x2027)) | {0x20AC, 0x2192, 0x2190, 0x2191, 0x2193, 0x25B6, 0x25C0, 0x2026, 0x2212, 0x00B7}
    first = set(range(0x20, 0x7F))
    for f in files:
        text = open(f, encoding="utf-8").read()
        wanted |= {ord(ch) for ch in text if ord(ch) >= 0x20}
        first |= {ord(ch) for ch in first_view_text(f, text) if ord(ch) >= 0x20}
    inter = cmap(INTER)
    main_cps = wanted & inter
    fallback = (wanted - inter) & cmap(NOTO)
    letters = {c for c in wanted - inter - fallback if 0x0600 <= c <= 0x08FF}
    arabic = (letters | arabic_forms(letters)) & cmap(ARABIC)
    missing = wanted - inter - fallback - arabic
    if missing:
        # Scripts without a font here (CJK in source titles, say) are shown by the page's HTML mirror.
        print("gen_font: no glyph for", " ".join("U+%04X" % c for c in sorted(missing)), file=sys.stderr)
    first_cps, more_cps = main_cps & first, main_cps - first
    with tempfile.TemporaryDirectory() as tmp:
        faces = [(0, 1000, first_cps, subset(INTER, first_cps, os.path.join(tmp, "r.otf"))),
                 (1, 1000, first_cps, subset(INTER_BOLD, first_cps, os.path.join(tmp, "b.otf")))]
        # The rest of Inter's characters, merged into the body font and the headings when the extra pack comes.
        extra = []
        if more_cps:
            extra += [(3, 1000, more_cps, subset(INTER, more_cps, os.path.join(tmp, "mr.otf"))),
                      (4, 1000, more_cps, subset(INTER_BOLD, more_cps, os.path.join(tmp, "mb.otf")))]
        # Merged faces are scaled so that their em matches Inter's (Noto Sans Arabic's ascent - descent is
        # 2.112 em against Inter's 1.210: unscaled, Arabic would come out at 57 % of the Latin size).
        # A merged face goes in the base pack if the first view's text uses it, else in the extra pack.
        for path, cps, used, name in ((NOTO, fallback, fallback, "n.ttf"), (ARABIC, arabic, letters, "a.ttf")):
            if cps:
                size = round(1000 * em_height(path) / em_height(INTER))
                face = (2, size, cps, subset(path, cps, os.path.join(tmp, name)))
                (faces if used & first else extra).append(face)
    open(out_bin, "wb").write(pack(faces))
    open(out_extra, "wb").write(pack(extra))
    data = pack(faces + extra)
    with open(out_inc, "w") as f:
        f.write("// Generated by tools/gen_font.py from Inter, Noto Sans and Noto Sans Arabic (Debian); do not edit.\n")
        f.write(c_array("kFontPack", data) + "\n")

if __name__ == "__main__":
    main()
