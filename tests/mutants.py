#!/usr/bin/env python3
"""Proof by mutation: breaks Rift on purpose, one named breakage at a time, in a scratch copy, and runs the tests
that should catch it. A breakage the tests let through "survived": either a test is missing or it cannot fail.

Run through scripts/mutants.sh (outside the test command: it rebuilds once per mutation). docs/TESTING.md lists
every mutation with the test that catches it.

Each mutation names one file, an exact text that must occur there exactly once (so a mutation cannot silently go
stale when the code moves), what replaces it, and the CTest names (regular expressions) to run.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))

# Draws nothing but the window itself: the window's body returns at once.
def empty(name, path, begin, tests, why):
    return (name, path, begin, begin + '\n    ImGui::End();\n    return;', tests, why)


UI = 'ui/views|ui/frames|ui/map_frames'
# CTest names core tests core/<file>/<Suite>.<Test> (cmake/Testing.cmake): a pattern per suite.
def core(*suites):
    return '|'.join(f'core/[a-z_]+/{suite}\\.' for suite in suites)


MUTATIONS = [
    # Each view drawn empty.
    empty('timeline-empty', 'src/ui/timeline_window.cpp',
          'if (!BeginPanel("Timeline###timeline", p_open, app, ImGuiWindowFlags_NoScrollbar)) return;', UI,
          'the Timeline draws no lanes and no marks'),
    empty('events-empty', 'src/ui/events_window.cpp', 'if (!BeginPanel("Events###events", p_open, app)) return;', UI,
          'the Events table draws no rows'),
    empty('vendors-empty', 'src/ui/vendors_window.cpp', 'if (!BeginPanel("Vendors###vendors", p_open, app)) return;',
          UI, 'the vendor matrix draws no cells'),
    empty('filters-empty', 'src/ui/filters_window.cpp', 'if (!BeginPanel("Filters###filters", p_open, app)) return;',
          UI, 'Filters draws no options or counts'),
    empty('compare-empty', 'src/ui/compare_window.cpp', 'if (!BeginPanel("Compare###compare", p_open, app)) return;',
          UI, 'Compare draws no columns'),
    ('map-empty', 'src/ui/map_window.cpp',
     'ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse))\n        return;',
     'ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse))\n        return;\n    ImGui::End();\n    return;',
     UI, 'the Map draws no countries'),
    ('details-empty', 'src/ui/details_window.cpp',
     'ImGuiWindowFlags_NoBringToFrontOnFocus);\n',
     'ImGuiWindowFlags_NoBringToFrontOnFocus);\n    ImGui::End();\n    return;\n', UI,
     'Details shows nothing for the selected event'),
    # Guards and limits.
    ('csv-formula-guard', 'src/core/csv.cpp',
     "    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = \"'\" + v;\n", '',
     core('Csv'), 'a title starting with = runs as a formula in a spreadsheet'),
    ('links-any-scheme', 'src/core/load.cpp', '    else return false;\n    if (url.size() > 2000) return false;',
     '    else rest = url;\n    if (url.size() > 2000) return false;', core('Load') + '|^data/',
     'a javascript: or file: source URL is accepted and becomes a link'),
    ('event-cap', 'src/core/load.cpp', 'if (events->size() > m_opt.limits.max_events) {', 'if (false) {',
     core('Load'), 'a file with more events than the limit is loaded'),
    ('problem-cap', 'src/core/load.cpp', 'if (m_result.problems.size() >= m_opt.limits.max_problems) {',
     'if (false) {', core('Load'), 'a broken file lists problems without end'),
    ('link-length', 'src/core/url_state.cpp', 'if (text.size() > kMaxLink) {', 'if (false) {', core('UrlState'),
     'a link of any length is parsed'),
    ('host-message-limit', 'src/core/host_message.cpp', 'if (message_json.size() > 65536) {', 'if (false) {',
     core('HostMessage'), 'a host message over 64 KiB is obeyed'),
    ('state-json-limit', 'src/core/state_json.cpp', 'if (json_text.size() > 65536) return', 'if (false) return',
     core('StateJson'), 'setState with over 64 KiB of JSON is obeyed'),
    ('percent-decode', 'src/core/url_state.cpp',
     'out += static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));\n            i += 2;', 'out += s[i];',
     core('UrlState'), '#actor=US%2CCN (what URLSearchParams writes) is not decoded'),
    ('plus-is-space', 'src/core/url_state.cpp', "        } else if (s[i] == '+') {\n            out += ' ';",
     "        } else if (s[i] == '+') {\n            out += '+';", core('UrlState'),
     "a '+' in a query-string value stays a plus"),
    ('duplicate-check', 'src/core/load.cpp', '            if (!inserted)\n                Report(file, paths[i], "probable duplicate',
     '            if ((false))\n                Report(file, paths[i], "probable duplicate', core('Load') + '|^data/|tools/ValidateBadFixtures',
     'two copies of one event load without a word'),
    ('responds-to-cycle', 'src/core/dataset.cpp', '                if (state[to] == 1) {', '                if (false) {',
     core('Load', 'Packed') + '|tools/ValidateBadFixtures', 'responds_to links may loop (JSON and snapshot)'),
    # Ranks and rules.
    ('indictment-strongest', 'src/core/vocab.cpp', 'case Measure::Indictment: return 2;',
     'case Measure::Indictment: return 10;', core('Vocab', 'VendorMatrix'),
     'an indictment outranks an export control in the matrix'),
    ('app-ban-rank', 'src/core/vocab.cpp', 'case Measure::AppBan: return 7;', 'case Measure::AppBan: return 6;',
     core('Vocab', 'VendorMatrix'), 'one rank moved by one'),
    ('in-force-ignores-ends', 'src/core/vendor_matrix.cpp', 'return c.day[i] <= day && day < c.end_day[i] &&',
     'return c.day[i] <= day &&', core('VendorMatrix'), 'a lifted measure stays in force'),
    ('revoked-without-ends', 'src/core/dataset.cpp', '        if (e.status == Status::Revoked && !e.ends) end = e.date.day;\n',
     '', core('VendorMatrix'), 'a revoked measure without an end date stays in force'),
    ('proposed-in-force', 'src/core/vendor_matrix.cpp', ' && c.status[i] != static_cast<uint8_t>(Status::Proposed)', '',
     core('VendorMatrix'), 'a bill counts as a measure in force'),
    ('filter-to-exclusive', 'src/core/filter.cpp', 'if (spec.to) c.hi = UpperBoundDay(*spec.to);',
     'if (spec.to) c.hi = UpperBoundDay(*spec.to) - 1;', core('Filter'), 'the last day of a date filter is left out'),
    ('escalation-half-life', 'src/core/escalation.cpp',
     'sum = sum * std::exp(-lambda * (c.day[i] - sum_day)) + c.severity[i];',
     'sum = sum * std::exp(-lambda * 2 * (c.day[i] - sum_day)) + c.severity[i];', core('Escalation'),
     'the index decays twice as fast as documented'),
    # The app's promises.
    ('permalink-merges', 'src/ui/app_state.cpp', 'void ApplyPermalink(AppState& app, std::string_view url) {\n    ViewState base;',
     'void ApplyPermalink(AppState& app, std::string_view url) {\n    ViewState base = app.view;', UI,
     'a new link over an open Rift keeps the keys it leaves out'),
    ('play-does-not-start-over', 'src/ui/app_state.cpp', 'CursorDay(app.clock) >= app.clock.end)\n        app.clock.cursor = app.clock.start;',
     'CursorDay(app.clock) >= app.clock.end)\n        app.clock.cursor = app.clock.end;', UI,
     'Play at the end stops at once instead of starting over'),
    ('events-sort-reversed', 'src/ui/app_state.cpp', 'if (!asc) std::reverse(d.table_rows.begin(), d.table_rows.end());',
     'if (asc) std::reverse(d.table_rows.begin(), d.table_rows.end());', UI,
     'the Events table lists the newest first by default'),
    ('space-does-not-play', 'src/ui/app_ui.cpp', '    if (pressed(ImGuiKey_Space, false)) TogglePlay(app);\n', '', UI,
     'the space bar does not play'),
    ('arrow-steps-back', 'src/ui/app_ui.cpp', 'if (pressed(ImGuiKey_RightArrow, true)) StepEvent(app, +1);',
     'if (pressed(ImGuiKey_RightArrow, true)) StepEvent(app, -1);', UI, '→ steps to the previous event'),
    # The page (web/bridge.js, copied by the web build; browser tests).
    ('postmessage-any-frame', 'web/bridge.js', 'if (!embedded || event.source !== window.parent) return;',
     'if (!embedded) return;', 'node:tests/e2e/promises.test.mjs', 'any frame of the host page can drive an embedded Rift'),
    ('off-does-nothing', 'web/bridge.js',
     'off: function (type, fn) { listeners[type] = (listeners[type] || []).filter(function (f) { return f !== fn; }); },',
     'off: function (type, fn) { },', 'node:tests/e2e/promises.test.mjs', 'window.rift.off() leaves the listener called'),
    ('mirror-links-opener', 'web/bridge.js', "a.rel = 'noopener noreferrer';", "a.rel = '';", 'node:tests/e2e/promises.test.mjs',
     "the screen-reader mirror's source links give the source page a handle on Rift"),
    ('deferred-code-eager', 'web/bridge.js', 'var firstPart = window.riftFirstPart === true,',
     'var firstPart = false,', 'node:tests/e2e/smoke.test.mjs',
     "the default view fetches rift.deferred.wasm beside rift.wasm, before its first frame"),
    ('deferred-code-fails-silently', 'web/bridge.js',
     "crash('the rest of its code could not be loaded: ' + e.message,\n            'der übrige Code konnte nicht geladen werden: ' + e.message);",
     '', 'node:tests/e2e/smoke.test.mjs', 'without rift.deferred.wasm the page neither says why nor offers Reload'),
]


def run(cmd, cwd, log, timeout=3600):
    with open(log, 'a') as out:
        out.write('$ ' + ' '.join(cmd) + '\n')
        out.flush()
        return subprocess.run(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, timeout=timeout).returncode


def check_anchors(mutations):
    bad = []
    for name, path, find, _, _, _ in mutations:
        text = open(os.path.join(ROOT, path), encoding='utf-8').read()
        n = text.count(find)
        if n != 1:
            bad.append(f'{name}: {path} holds the text to break {n} times (needs exactly 1)')
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--list', action='store_true', help='list the mutations and stop')
    ap.add_argument('--check', action='store_true', help='only check that every mutation still applies')
    ap.add_argument('--only', help='run the mutations whose name matches this regular expression')
    ap.add_argument('--scratch', default=os.path.join(ROOT, 'build', 'mutants'))
    args = ap.parse_args()
    chosen = [m for m in MUTATIONS if not args.only or re.search(args.only, m[0])]
    if args.list:
        for name, path, _, _, tests, why in chosen:
            print(f'{name:28} {path:32} {tests:40} {why}')
        return 0
    bad = check_anchors(chosen)
    for b in bad:
        print('stale mutation:', b)
    if bad or args.check:
        print(f'{len(chosen)} mutations, {len(bad)} stale')
        return 1 if bad else 0

    scratch = os.path.abspath(args.scratch)
    tree = os.path.join(scratch, 'tree')
    log = os.path.join(scratch, 'mutants.log')
    os.makedirs(scratch, exist_ok=True)
    open(log, 'w').close()
    # A copy of the working tree as it is (tracked and new files, not ignored ones); the build directories stay
    # between runs, so only what a mutation touches is rebuilt.
    files = subprocess.run(['git', 'ls-files', '-co', '--exclude-standard', '-z'], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split('\0')
    for f in filter(None, files):
        src, dst = os.path.join(ROOT, f), os.path.join(tree, f)
        if not os.path.isfile(src):
            continue
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if not os.path.exists(dst) or open(src, 'rb').read() != open(dst, 'rb').read():
            shutil.copy2(src, dst)
    for shared in ('third_party', 'node_modules'):
        link = os.path.join(tree, shared)
        if not os.path.exists(link):
            os.symlink(os.path.join(ROOT, shared), link)
    web = any(m[4].startswith('node:') for m in chosen)
    env_prefix = ['bash', '-c']
    native, webdir = os.path.join(tree, 'build', 'native'), os.path.join(tree, 'build', 'web')

    def build():
        steps = []
        if web:
            steps.append('source ./emsdk.env >/dev/null && '
                         f'{{ [ -f {webdir}/build.ninja ] || emcmake cmake -S . -B {webdir} -G Ninja '
                         '-DCMAKE_BUILD_TYPE=MinSizeRel -DRIFT_BUILD_TESTS=OFF -DRIFT_BUILD_TOOLS=OFF >/dev/null; } && '
                         f'cmake --build {webdir} -j2')
        steps.append(f'{{ [ -f {native}/build.ninja ] || cmake -S . -B {native} -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo '
                     f'-DRIFT_WEB_DIR={webdir}/src/app >/dev/null; }} && cmake --build {native} -j2')
        return all(run(env_prefix + [s], tree, log) == 0 for s in steps)

    def test(pattern):
        if pattern.startswith('node:'):  # browser tests: these files only, on the scratch copy's page
            files = [os.path.join(tree, f) for f in pattern[5:].split(',')]
            env = dict(os.environ, RIFT_WEB_DIR=os.path.join(webdir, 'src', 'app'))
            with open(log, 'a') as out:
                return subprocess.run(['node', '--test', *files], cwd=tree, env=env, stdout=out,
                                      stderr=subprocess.STDOUT, timeout=1800).returncode
        return run(['ctest', '-R', pattern, '-j2', '--output-on-failure', '--no-tests=error'], native, log)

    print(f'building the scratch copy in {tree} (log: {log})', flush=True)
    if not build():
        print('the unbroken scratch copy does not build: see', log)
        return 2
    patterns = sorted({m[4] for m in chosen})
    for p in patterns:
        if test(p) != 0:
            print(f'the unbroken tests fail ({p}): see {log}')
            return 2
    print(f'{"mutation":28} {"result":9} {"seconds":>7}  tests run', flush=True)
    survived, broken = [], []
    for name, path, find, replace, tests, why in chosen:
        target = os.path.join(tree, path)
        original = open(target, encoding='utf-8').read()
        start = time.time()
        with open(log, 'a') as out:
            out.write(f'\n=== {name}: {why}\n')
        open(target, 'w', encoding='utf-8').write(original.replace(find, replace, 1))
        try:
            if not build():
                result = 'no-build'
                broken.append(name)
            elif test(tests) != 0:
                result = 'caught'
            else:
                result = 'SURVIVED'
                survived.append(name)
        finally:
            open(target, 'w', encoding='utf-8').write(original)
        print(f'{name:28} {result:9} {time.time() - start:7.0f}  {tests}', flush=True)
    print(f'{len(chosen)} mutations: {len(chosen) - len(survived) - len(broken)} caught, '
          f'{len(survived)} survived{(": " + ", ".join(survived)) if survived else ""}, '
          f'{len(broken)} did not build{(": " + ", ".join(broken)) if broken else ""}')
    return 0 if not survived and not broken else 1


if __name__ == '__main__':
    sys.exit(main())
