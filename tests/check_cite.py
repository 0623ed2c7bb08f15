#!/usr/bin/env python3
"""Citations read by real parsers: rift-cite's BibTeX through bibtexparser and pybtex, its CSL-JSON through
citeproc-py (rendered with the harvard1 style), its RIS tag by tag, for events with Arabic, German and CJK text
and every TeX special character (tests/fixtures/cite); and the dataset's citation agreeing with CITATION.cff.

usage: check_cite.py RIFT-CITE SOURCE_DIR
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import bibtexparser
import pybtex.database

try:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON
except ImportError:  # python3-citeproc missing: the required CSL fields are checked by hand below
    CiteProcJSON = None

PAGE = 'https://rift.example/page.html'
ACCESSED = '2026-12-02'
TEX = {'\\{': '{', '\\}': '}', '\\textbackslash{}': '\\', '\\%': '%', '\\&': '&', '\\$': '$', '\\#': '#',
       '\\_': '_', '\\textasciicircum{}': '^', '\\textasciitilde{}': '~'}
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def untex(s):
    return re.sub('|'.join(re.escape(k) for k in sorted(TEX, key=len, reverse=True)), lambda m: TEX[m.group(0)], s)


def cite(tool, events, fmt, *rest):
    out = subprocess.run([tool, '--page', PAGE, '--accessed', ACCESSED, str(events), fmt, *rest],
                         check=True, capture_output=True)
    return out.stdout.decode('utf-8')


def check_bibtex(text, title, url, sources, what):
    db = bibtexparser.loads(text)
    check(len(db.entries) == 1, f'{what}: bibtexparser read {len(db.entries)} entries')
    if db.entries:
        e = db.entries[0]
        check(e['ENTRYTYPE'] == 'misc', f'{what}: entry type {e["ENTRYTYPE"]}')
        check(untex(e['title']) == title, f'{what}: bibtexparser title {e["title"]!r} is not {title!r}')
        check(e['url'] == url, f'{what}: url {e.get("url")!r}')
        check(e['urldate'] == ACCESSED, f'{what}: urldate {e.get("urldate")!r}')
        for s in sources:
            check(f'\\url{{{s}}}' in e.get('note', ''), f'{what}: source {s} not in the note')
    bib = pybtex.database.parse_string(text, 'bibtex')
    check(len(bib.entries) == 1, f'{what}: pybtex read {len(bib.entries)} entries')
    for key, entry in bib.entries.items():
        check(untex(entry.fields['title']) == title, f'{what}: pybtex title {entry.fields["title"]!r}')
        authors = [str(p) for p in entry.persons.get('author', [])]
        check(len(authors) == 1, f'{what}: pybtex authors {authors}')


def check_csl(text, title, url, what):
    items = json.loads(text)
    check(isinstance(items, list) and len(items) == 1, f'{what}: CSL-JSON is not one item')
    item = items[0]
    for field in ('id', 'type', 'title', 'author', 'issued', 'accessed', 'URL'):
        check(field in item, f'{what}: CSL-JSON has no {field}')
    check(item['title'] == title, f'{what}: CSL title {item["title"]!r}')
    check(item['URL'] == url, f'{what}: CSL URL {item["URL"]!r}')
    if CiteProcJSON is None:
        return
    source = CiteProcJSON(items)
    style = CitationStylesStyle('harvard1', validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    bibliography.register(Citation([CitationItem(item['id'])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    check(len(rendered) == 1 and title in rendered[0], f'{what}: citeproc rendered {rendered!r}')
    check(len(rendered) == 1 and 'Rift' in rendered[0], f'{what}: citeproc rendered no author: {rendered!r}')


def check_ris(text, title, url, sources, what):
    lines = text.split('\r\n')
    check(lines[0].startswith('TY  - ') and lines[-2] == 'ER  - ' and lines[-1] == '', f'{what}: RIS frame')
    tags = [(line[:2], line[6:]) for line in lines[:-1]]
    check(all(re.fullmatch(r'[A-Z][A-Z0-9]', t) and line[2:6] == '  - ' for (t, _), line in zip(tags, lines)),
          f'{what}: a RIS line is not "XX  - value"')
    check(('TI', title) in tags and ('UR', url) in tags, f'{what}: RIS title or URL')
    for s in sources:
        check(('L2', s) in tags, f'{what}: RIS source {s}')


def main():
    tool, root = sys.argv[1], Path(sys.argv[2])
    events_path = root / 'tests/fixtures/cite/events.json'
    events = json.loads(events_path.read_text(encoding='utf-8'))['events']
    scripts = {'sa-2020-03-arabic': '\u0645', 'de-2021-05-28-it-sig': 'ü', 'cn-2023-05-21-micron': '\u7f51'}
    for event in events:
        eid, sources = event['id'], [s['url'] for s in event['sources']]
        url = f'{PAGE}#event={eid}'
        for german in (False, True):
            title = event.get('title_de', event['title']) if german else event['title']
            extra = ['--de'] if german else []
            what = f'{eid}{" (de)" if german else ""}'
            check_bibtex(cite(tool, events_path, 'bibtex', eid, *extra), title, url, sources, what + ' bibtex')
            check_csl(cite(tool, events_path, 'csl', eid, *extra), title, url, what + ' csl')
            check_ris(cite(tool, events_path, 'ris', eid, *extra), title, url, sources, what + ' ris')
            text = cite(tool, events_path, 'text', eid, *extra)
            check(title in text and url in text and all(s in text for s in sources), f'{what} text: {text!r}')
        check(scripts[eid] in event.get('title_de', event['title']), f'{eid}: the fixture lost its script')

    # The dataset: CITATION.cff's preferred citation (title, authors, version, licence).
    cff = (root / 'CITATION.cff').read_text(encoding='utf-8')
    preferred = cff[cff.index('preferred-citation:'):]
    field = lambda name: re.search(rf'^\s+{name}:\s*"?([^"\n]+)"?', preferred, re.M).group(1)
    version = field('version')
    title, author, licence = field('title'), field('- name'), field('license')
    data = root / 'data/events.json'
    bib = cite(tool, data, 'bibtex')
    check_bibtex(bib, untex(title), PAGE, [], 'dataset bibtex')
    check(f'author = {{{{{author}}}}}' in bib, f'dataset bibtex author is not {author}: {bib}')
    check(f'version = {{{version}}}' in bib, f'dataset bibtex version is not {version}')
    csl = cite(tool, data, 'csl')
    check_csl(csl, title, PAGE, 'dataset csl')
    check(json.loads(csl)[0]['license'] == licence, 'dataset CSL licence')
    check_ris(cite(tool, data, 'ris'), title, PAGE, [], 'dataset ris')

    for f in failures:
        print('FAIL:', f)
    print(f'check_cite: {len(failures)} failures' if failures else 'check_cite: ok')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
