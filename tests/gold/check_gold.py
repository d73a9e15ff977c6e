#!/usr/bin/env python3
"""Checks tests/gold/gold.jsonl and prints its counts (used for README.md).

  python3 tests/gold/check_gold.py [tests/gold/gold.jsonl]

Checks: every field present and typed; ids unique and in order; dates valid and in
2000-2026; every event code is a CAMEO code in data/cameo/cameo_codes.tsv; actor codes
are upper-case letters in 3-letter blocks; the split follows the rule in README.md.
Exit status 1 when a check fails.
"""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The first item of the second, blind set (see README.md, "The split").
FIRST_BLIND_ITEM = 548
ROOT = os.path.dirname(os.path.dirname(HERE))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "gold.jsonl")
    codes = set()
    with open(os.path.join(ROOT, "data", "cameo", "cameo_codes.tsv")) as f:
        for line in f:
            code = line.split("\t")[0]
            if code.isdigit():
                codes.add(code)
    errors = []
    items = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{path}:{n}: {e}")
    actor_re = re.compile(r"^(?:[A-Z]{3})+$")
    per_root_events = collections.Counter()
    per_root_items = collections.Counter()
    tags = collections.Counter()
    countries = collections.Counter()
    splits = collections.Counter()
    split_events = collections.Counter()
    n_events = 0
    # gold.jsonl has g ids, a held-out split and a per-root minimum; the further
    # sets (blind2.jsonl ...) have their own id prefix of one or more letters (one letter up to
    # blind26, two letters after: every single letter is taken), all items dev.
    is_main_gold = os.path.basename(path) == "gold.jsonl"
    prefix = "g" if is_main_gold or not items else re.match(r"[a-z]*", str(items[0].get("id", "g"))).group(0)
    for i, it in enumerate(items, 1):
        where = f"{path}:{i} ({it.get('id')})"
        if it.get("id") != "%s%04d" % (prefix, i):
            errors.append(f"{where}: id should be {prefix}{i:04d}")
        for key, typ in (("date", str), ("text", str), ("events", list), ("split", str), ("tags", list)):
            if not isinstance(it.get(key), typ):
                errors.append(f"{where}: missing or mistyped '{key}'")
        try:
            d = datetime.date.fromisoformat(it.get("date", ""))
            if not 2000 <= d.year <= 2026:
                errors.append(f"{where}: date out of 2000-2026")
        except ValueError:
            errors.append(f"{where}: bad date")
        roots_here = set()
        for e in it.get("events", []):
            n_events += 1
            for k in ("source", "target"):
                if not actor_re.match(e.get(k, "")):
                    errors.append(f"{where}: bad {k} '{e.get(k)}'")
                else:
                    if not e[k].startswith("IGO") and not e[k].startswith("NGO"):
                        countries[e[k][:3]] += 1
            if e.get("code") not in codes:
                errors.append(f"{where}: '{e.get('code')}' is not a CAMEO code")
            else:
                per_root_events[e["code"][:2]] += 1
                roots_here.add(e["code"][:2])
        for r in roots_here:
            per_root_items[r] += 1
        for t in it.get("tags", []):
            tags[t] += 1
        # Split rule (README.md, "The split"): g0001-g0547 are dev (their first held-out
        # third was evaluated once and released on 2026-11-25); g0548 on, written blind,
        # are held out.
        want = "heldout" if is_main_gold and i >= FIRST_BLIND_ITEM else "dev"
        if it.get("split") != want:
            errors.append(f"{where}: split should be {want}")
        splits[it.get("split")] += 1
        split_events[it.get("split")] += len(it.get("events", []))
    print(f"items: {len(items)}  events: {n_events}  no-event items: "
          f"{sum(1 for it in items if not it.get('events'))}")
    print("split: " + ", ".join(f"{k} {v} items / {split_events[k]} events" for k, v in sorted(splits.items())))
    print(f"countries (actor codes, excluding IGO/NGO): {len(countries)}")
    print("root  events  items")
    for r in sorted(per_root_events):
        print(f"  {r}  {per_root_events[r]:6d}  {per_root_items[r]:5d}")
    print("tags: " + ", ".join(f"{k} {v}" for k, v in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))))
    for e in errors:
        print("error: " + e, file=sys.stderr)
    missing = [f"{r:02d}" for r in range(1, 21)
               if is_main_gold and per_root_events[f"{r:02d}"] < 10]
    if missing:
        print("error: roots with fewer than 10 events: " + " ".join(missing), file=sys.stderr)
    return 1 if errors or missing else 0


if __name__ == "__main__":
    sys.exit(main())
