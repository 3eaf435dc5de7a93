#!/usr/bin/env python3
"""Print what the analyzer misses and adds on a corpus (shared/corpus/dev), per article:
entities (surface, type) and events (type, actor, sentence). For reading errors, not scoring.

Usage: scripts/dev_diff.py [CORPUS] [--only NAME] [--events] [--entities]
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "tools"))
import score  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/dev"))
    ap.add_argument("--only")
    ap.add_argument("--tool", default="build/native/concessions")
    ap.add_argument("--events", action="store_true")
    ap.add_argument("--entities", action="store_true")
    args = ap.parse_args()
    both = not (args.events or args.entities)
    corpus = Path(args.corpus)
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        name = gold_path.stem
        if args.only and args.only not in name:
            continue
        text_path = corpus / f"{name}.txt"
        text = text_path.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = json.loads(subprocess.run([args.tool, str(text_path)], capture_output=True, check=True).stdout)
        print(f"== {name}")
        if both or args.entities:
            sys_pairs, _ = score.system_entities(doc, text)
            gold_pairs = {(score.norm(e["text"]), e["type"]) for e in gold["entities"]}
            alts = {(score.norm(a), e["type"]) for e in gold["entities"] for a in e.get("alt", [])}
            miss = sorted(gold_pairs - sys_pairs)
            extra = sorted(sys_pairs - gold_pairs - alts)
            if miss:
                print("  missed:  ", "; ".join(f"{s}/{t}" for s, t in miss))
            if extra:
                print("  spurious:", "; ".join(f"{s}/{t}" for s, t in extra))
        if both or args.events:
            ents = {e["id"]: e for e in doc.get("entities", [])}
            sys_ev = []
            for v in doc.get("events", []):
                ev = score.utf16_slice(text, v["evidence"]["start"], v["evidence"]["end"])
                sys_ev.append((v, ev))
            used = set()
            for g in gold["events"]:
                hit = None
                for i, (v, ev) in enumerate(sys_ev):
                    if i in used or not score.evidence_overlaps(ev, g["evidence"]):
                        continue
                    types = [g["type"]] + g.get("type_alt", [])
                    if v["type"] in types and score.actor_matches(v["actor"], g["actor"], ents):
                        hit = i
                        break
                if hit is None:
                    near = [f"{v['type']}/{ents.get(v['actor'], {}).get('name')}" for v, ev in sys_ev
                            if score.evidence_overlaps(ev, g["evidence"])]
                    print(f"  MISS {g['type']}/{g['actor']}  [{', '.join(near)}]  {g['evidence'][:110]}")
                else:
                    used.add(hit)
            for i, (v, ev) in enumerate(sys_ev):
                if i not in used:
                    print(f"  EXTRA {v['type']}/{ents.get(v['actor'], {}).get('name')} "
                          f"trig={v['trigger']['text']!r}  {ev[:100]}")


if __name__ == "__main__":
    main()
