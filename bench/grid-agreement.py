#!/usr/bin/env python3
"""Unified-grid agreement of a `xiaoqu grid merge` run with the generator's truth.

    bench/grid-agreement.py CITY_DIR RUN_OUTPUT_DIR

Each unified building is matched to the true building most of its records belong to (truth/records.csv); its
unified grid is compared with that building's true_grid_code (truth/buildings.csv). Prints the share that agree,
overall and per grid_method. Linkage errors count against it, so this is the end-to-end figure; the geometry
alone is measured with perfect linkage by UnifiedGridTruthTest.
"""
import collections
import csv
import sys


def main(city, out):
    truth = {}
    with open(f"{city}/truth/records.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            truth[(r["source_id"], r["record_id"])] = r["building_id"]
    true_grid = {}
    with open(f"{city}/truth/buildings.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            true_grid[r["building_id"]] = r["true_grid_code"]
    votes = collections.defaultdict(collections.Counter)
    with open(f"{out}/building_crosswalk.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            b = truth.get((r["source_id"], r["record_key"]))
            if b and r["unified_id"]:
                votes[r["unified_id"]][b] += 1
    agree = total = 0
    by_method = collections.Counter()
    agree_by_method = collections.Counter()
    with open(f"{out}/unified_buildings.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            v = votes.get(r["unified_id"])
            if not v:
                continue
            b = v.most_common(1)[0][0]
            total += 1
            by_method[r["grid_method"]] += 1
            if true_grid[b] == r["unified_grid"]:
                agree += 1
                agree_by_method[r["grid_method"]] += 1
    print(f"unified grid = true_grid_code: {agree}/{total} = {agree / total:.4f}")
    for m in sorted(by_method):
        print(f"  {m}: {agree_by_method[m]}/{by_method[m]}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
