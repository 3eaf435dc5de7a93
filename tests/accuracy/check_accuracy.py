#!/usr/bin/env python3
"""Accuracy floors: scores the native tool with shared/tools/score.py on the dev corpus and
on our own labelled stories (tests/corpus), and fails when a figure drops below its floor.

The floors sit a little under the figures measured when they were set (see git log), so a
change that makes the analyzer read news worse fails the test command; raise them as the
analyzer improves.
"""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCORE = ROOT.parent / "shared" / "tools" / "score.py"
TOOL = ROOT / "build" / "native" / "concessions"

# corpus -> {figure: floor}
FLOORS = {
    ROOT.parent / "shared" / "corpus" / "dev": {"entities": 0.96, "events_class": 0.79, "events_strict": 0.74,
                                                "linking_accuracy": 0.97},
    ROOT / "tests" / "corpus": {"entities": 0.93, "events_class": 0.73, "events_strict": 0.63,
                                "linking_accuracy": 0.87},
}


def figures(corpus):
    out = subprocess.run([sys.executable, str(SCORE), str(corpus), "--cmd", f"{TOOL} {{file}}", "--json"],
                         capture_output=True, text=True, check=True)
    print(out.stdout.strip().splitlines()[-2])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    if not SCORE.exists():
        print(f"skip: {SCORE} not found (../shared is not beside the repository)")
        return 0
    failed = []
    for corpus, floors in FLOORS.items():
        if not corpus.exists():
            print(f"skip: {corpus} not found")
            continue
        result = figures(corpus)
        for name, floor in floors.items():
            value = result[name] if name == "linking_accuracy" else result[name]["f1"]
            status = "ok" if value is not None and value >= floor else "BELOW FLOOR"
            print(f"  {corpus.name:8s} {name:16s} {value:.3f} (floor {floor:.2f}) {status}")
            if status != "ok":
                failed.append(f"{corpus.name} {name}")
    if failed:
        print("accuracy fell below its floor: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
