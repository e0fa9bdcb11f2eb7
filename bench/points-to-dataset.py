#!/usr/bin/env python3
"""points-to-dataset.py POINTS.geojson OUT_FOLDER [DISTRICT_CODE=999998]

Turns the peers' synthetic points (shared/peers/make-points.py: id, name, category, community)
into a LifeCircle dataset folder, so the API and MapServer serve the very same features in a
benchmark. Feature ids stay the same (1..N), so items/42 is the same point on both servers.
Everything in it is illustrative and labelled so.
"""
import json
import os
import sys


def fc(features):
    return {"type": "FeatureCollection", "features": features}


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    src, out = argv[1], argv[2]
    code = argv[3] if len(argv) > 3 else "999998"
    points = json.load(open(src, encoding="utf-8"))["features"]
    categories = sorted({p["properties"]["category"] for p in points})
    communities = sorted({p["properties"]["community"] for p in points})
    illustrative = {"provenance": "illustrative", "position_provenance": "illustrative", "figures_provenance": "illustrative"}

    facilities = [{
        "type": "Feature",
        "id": str(p["id"]),
        "geometry": p["geometry"],
        "properties": dict({
            "name_zh": p["properties"]["name"], "name_en": p["properties"]["name"],
            "category": p["properties"]["category"], "themes": ["all"],
            "community": p["properties"]["community"], "address": None, "status": "existing",
            "year": None, "capacity": None}, **illustrative),
    } for p in points]
    areas = [{"type": "Feature", "id": c, "geometry": None, "properties": dict({
        "name_zh": c, "name_en": c, "kind": "community", "parent_code": code, "population": 0, "elderly_share": 0}, **illustrative)}
        for c in communities]
    metadata = {
        "districtCode": code,
        "title": {"zh": "基准测试点", "en": "Benchmark points (shared with the peer servers)"},
        "description": {"zh": "与 MapServer 对比用的合成点。", "en": "Synthetic points served by both this API and the peers, for benchmarks."},
        "publisher": "LifeCircle Open Data benchmarks",
        "licence": {"id": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 International", "url": "https://creativecommons.org/licenses/by/4.0/"},
        "version": "bench", "crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "sourceCrs": "EPSG:4326 (lon/lat)",
        "provenance": {"all": {"origin": "illustrative", "note": "Synthetic points from shared/peers/make-points.py."}},
        "sources": [],
    }
    district = {"code": code, "name": {"zh": "基准测试区", "en": "Benchmark district"}, "population": 0, "populationSource": "illustrative"}
    files = {
        "dataset.json": {"metadata": metadata, "district": district},
        "themes.json": [{"id": "all", "name": {"zh": "全部", "en": "All"}, "categoryCodes": categories}],
        "categories.json": [{"code": c, "name": {"zh": c, "en": c}, "walkingMinutes": 15, "tier": "basic", "standard": "synthetic"} for c in categories],
        "areas.geojson": fc(areas), "circles.geojson": fc([]), "facilities.geojson": fc(facilities),
        "blocks.geojson": fc([]), "streets.geojson": fc([]),
    }
    os.makedirs(out, exist_ok=True)
    for name, content in files.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(content, f, ensure_ascii=False)
    sys.stderr.write("wrote %s: %d facilities\n" % (out, len(facilities)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
