#!/usr/bin/env python3
"""Writes the fuzz campaign's table (from tests/fuzz/campaign.tsv, the ledger of scripts/fuzz-campaign.sh) into
docs/RELIABILITY.md between its two campaign markers.

    python3 scripts/fuzz_campaign_table.py LEDGER DOC GOAL
"""
import csv
import os
import sys
import tarfile

BEGIN = "<!-- fuzz-campaign:begin (written by scripts/fuzz-campaign.sh) -->"
END = "<!-- fuzz-campaign:end -->"


def corpus_size(target):
    archive = os.path.join("tests", "fuzz", "campaign", f"{target}.tar.xz")
    if not os.path.isfile(archive):
        return "none yet"
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if m.isfile()]
    size = sum(m.size for m in members)
    return f"{len(members):,} inputs, {size / 1024:,.0f} KiB ({os.path.getsize(archive) / 1024:,.0f} KiB as .tar.xz)"


def table(rows, goal):
    # Every target, those the campaign has not reached yet too.
    targets = sorted(set(os.listdir(os.path.join("tests", "fuzz", "corpus"))) | {r["target"] for r in rows})
    lines = [
        "| target | parts | hours | executions | of the goal | last cov / ft | campaign corpus (committed) | findings |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for t in targets:
        mine = [r for r in rows if r["target"] == t]
        if not mine:
            lines.append(f"| `fuzz_{t}` | 0 | 0 | 0 | 0 % | | {corpus_size(t)} | not run yet |")
            continue
        runs = sum(int(r["runs"]) for r in mine)
        seconds = sum(int(r["seconds"]) for r in mine)
        findings = [r["result"] for r in mine if r["result"] != "no finding"]
        last = mine[-1]
        lines.append(
            f"| `fuzz_{t}` | {len(mine)} | {seconds / 3600:.2f} | {runs:,} | {100 * runs / goal:.0f} % | "
            f"{last['cov']} / {last['ft']} | {corpus_size(t)} | {'; '.join(findings) if findings else 'none'} |"
        )
    dates = sorted({r["date"] for r in rows})
    builds = sorted({r["build"] for r in rows})
    machines = sorted({r["machine"] for r in rows})
    lines.append("")
    lines.append(
        f"Parts ran on {', '.join(dates)}; build: {'; '.join(builds)}; machine: {'; '.join(machines)}. "
        f"Goal: {goal:,} executions per target. Every part is a line of `tests/fuzz/campaign.tsv`."
    )
    return "\n".join(lines)


def main():
    ledger, doc, goal = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(ledger, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    with open(doc, encoding="utf-8") as f:
        text = f.read()
    if BEGIN not in text or END not in text:
        sys.exit(f"{doc}: no campaign markers ({BEGIN} … {END})")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    with open(doc, "w", encoding="utf-8") as f:
        f.write(head + BEGIN + "\n" + table(rows, goal) + "\n" + END + tail)


if __name__ == "__main__":
    main()
