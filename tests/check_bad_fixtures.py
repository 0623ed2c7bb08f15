#!/usr/bin/env python3
"""Runs rift-validate on every tests/fixtures/bad/NAME.json and checks that it fails with the exact error
in NAME.expected (a line that must appear in its output). Generated cases (a 10 MB string, a 200 MB file)
are written to a temporary folder so the repository stays small."""
import json, os, subprocess, sys, tempfile, time

def run(validate, path):
    start = time.monotonic()
    p = subprocess.run([validate, path], capture_output=True, text=True, timeout=60)
    return p, time.monotonic() - start

def main():
    validate, folder = sys.argv[1], sys.argv[2]
    failures, count = [], 0
    cases = [(os.path.join(folder, f), open(os.path.join(folder, f[:-5] + ".expected")).read().strip())
             for f in sorted(os.listdir(folder)) if f.endswith(".json") and f != "vendors.json"]
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "vendors.json"), "w") as f:
            f.write(open(os.path.join(folder, "vendors.json")).read())
        big_string = os.path.join(tmp, "ten-mb-string.json")
        with open(big_string, "w") as f:
            f.write('{"schema":"1.0","version":"x","events":[{"id":"a","title":"' + "a" * 10_000_000 + '"}]}')
        cases.append((big_string, "a string of 10000000 bytes is longer than the limit of 20000"))
        huge = os.path.join(tmp, "two-hundred-mb.json")
        with open(huge, "wb") as f:
            f.truncate(200 * 1024 * 1024)
        cases.append((huge, "more than the limit of 67108864"))
        for path, expected in cases:
            count += 1
            p, seconds = run(validate, path)
            out = p.stdout + p.stderr
            name = os.path.basename(path)
            if p.returncode != 1:
                failures.append(f"{name}: exit status {p.returncode}, expected 1\n{out}")
            elif expected not in out:
                failures.append(f"{name}: expected '{expected}' in:\n{out}")
            elif seconds > 10:
                failures.append(f"{name}: took {seconds:.1f} s")
    for f in failures:
        print("FAIL", f)
    print(f"bad fixtures: {count - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main())
