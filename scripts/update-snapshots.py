#!/usr/bin/env python3
"""Rewrites the inline snapshots of the PaceUI snapshot tests from the rendered scenarios.

    PACE_PRINT_SNAPSHOTS=/tmp/scenarios.txt swift test --filter printScenarios
    scripts/update-snapshots.py /tmp/scenarios.txt
    git diff Tests/PaceUITests     # review every changed line before committing

Each `expectSnapshot(canvas("NAME"), #\"\"\" ... \"\"\"#)` gets the text of scenario NAME.
Trailing spaces are dropped, as the comparison ignores them.
"""
import re
import sys
from pathlib import Path

scenarios = {}
name = None
# Each scenario is its canvas text and one newline; blank rows of the canvas stay.
text = Path(sys.argv[1]).read_text()
for line in (text[:-1] if text.endswith("\n") else text).split("\n"):
    if line.startswith("=== "):
        name = line[4:]
        scenarios[name] = []
    elif name is not None:
        scenarios[name].append(line.rstrip())

# The body is empty or ends in a newline; `"""#)` is only ever at the start of a line.
pattern = re.compile(r'(expectSnapshot\(canvas\("([^"]+)"\), #""")\n((?:(?!"""#\)).*\n)*?)("""#\))')
root = Path(__file__).resolve().parent.parent / "Tests" / "PaceUITests"
for path in sorted(root.glob("*SnapshotTests.swift")):
    text = path.read_text()

    def replace(m):
        if m.group(2) not in scenarios:
            print(f"{path.name}: no scenario named {m.group(2)!r}", file=sys.stderr)
            return m.group(0)
        return m.group(1) + "\n" + "".join(line + "\n" for line in scenarios[m.group(2)]) + m.group(4)

    new = pattern.sub(replace, text)
    if new != text:
        path.write_text(new)
        print(f"updated {path.name}")
