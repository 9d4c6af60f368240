#!/usr/bin/env python3
"""Reads graph.graphml and graph.gexf from a `diplograph build` folder with
networkx, as analysts do, and checks them against graph.jsonld: the same
nodes, the same edges, the attributes intact.

usage: networkx_check.py OUT_DIR    (exit 0 when every check passes)
"""
import json
import os
import sys

import networkx as nx

ROLES = ("agent", "recipient", "mediator", "location")


def expected(jsonld_path):
    """Nodes (id -> JSON-LD node) and edges {(from, role, to)} of graph.jsonld."""
    with open(jsonld_path, encoding="utf-8") as f:
        doc = json.load(f)
    strip = lambda ref: ref["@id"].split(":", 1)[1]
    nodes = {strip(n): n for n in doc["@graph"]}
    edges = set()
    for node_id, n in nodes.items():
        if "eventType" not in n:
            continue
        for role in ROLES:
            refs = n.get(role, [])
            for ref in refs if isinstance(refs, list) else [refs]:
                other = strip(ref)
                edges.add((other, role, node_id) if role in ("agent", "mediator") else (node_id, role, other))
        for ev in n.get("evidence", []):
            edges.add((node_id, "evidence", ev["evidenceDocument"].split(":", 1)[1]))
    return nodes, edges


def main():
    out = sys.argv[1]
    nodes, edges = expected(os.path.join(out, "graph.jsonld"))
    failures = []

    def check(ok, what):
        if not ok:
            failures.append(what)

    # GraphML: node keys are GraphML's own (n0, n1 ...); the content id is data.
    gm = nx.read_graphml(os.path.join(out, "graph.graphml"))
    check(gm.is_directed(), "graphml: directed")
    check(gm.number_of_nodes() == len(nodes), f"graphml: {gm.number_of_nodes()} nodes, expected {len(nodes)}")
    check(gm.number_of_edges() == len(edges), f"graphml: {gm.number_of_edges()} edges, expected {len(edges)}")
    content = {key: data["id"] for key, data in gm.nodes(data=True)}
    check(set(content.values()) == set(nodes), "graphml: node ids differ from graph.jsonld")
    gm_edges = {(content[a], d["role"], content[b]) for a, b, d in gm.edges(data=True)}
    check(gm_edges == edges, f"graphml: edges differ: {sorted(gm_edges ^ edges)[:5]}")
    by_id = {data["id"]: data for _, data in gm.nodes(data=True)}

    # GEXF: node ids are the content ids.
    gx = nx.read_gexf(os.path.join(out, "graph.gexf"))
    check(gx.graph.get("mode") == "dynamic", "gexf: mode dynamic")
    check(gx.number_of_nodes() == len(nodes), f"gexf: {gx.number_of_nodes()} nodes, expected {len(nodes)}")
    check(gx.number_of_edges() == len(edges), f"gexf: {gx.number_of_edges()} edges, expected {len(edges)}")
    check(set(gx.nodes) == set(nodes), "gexf: node ids differ from graph.jsonld")
    gx_edges = {(a, d["role"], b) for a, b, d in gx.edges(data=True)}
    check(gx_edges == edges, f"gexf: edges differ: {sorted(gx_edges ^ edges)[:5]}")

    for node_id, n in nodes.items():
        g, x = by_id.get(node_id, {}), gx.nodes.get(node_id, {})
        kind = "event" if "eventType" in n else "document" if n["@type"] == "NewsArticle" else None
        check(g.get("kind") == x.get("kind"), f"{node_id}: kind differs between GraphML and GEXF")
        check(g.get("label") == x.get("label"), f"{node_id}: label differs between GraphML and GEXF")
        if kind is None:  # actors and places
            check(g.get("name") == n["name"] == x.get("name"), f"{node_id}: name not intact")
            check(g.get("kind") in ("actor", "place"), f"{node_id}: kind {g.get('kind')}")
            arabic = [s for s in n.get("alternateName", []) if any("\u0600" <= c <= "\u06ff" for c in s)]
            if g.get("name_ar"):
                check(g["name_ar"] == x.get("name_ar") and g["name_ar"] in arabic, f"{node_id}: name_ar not intact")
        elif kind == "event":
            check(g.get("category") == n["eventType"] == x.get("category"), f"{node_id}: category not intact")
            check(g.get("status") == n["status"] == x.get("status"), f"{node_id}: status not intact")
            check(g.get("label") == n["name"], f"{node_id}: label not intact")
            if "startDate" in n:
                check(g.get("start") == n["startDate"] and g.get("end") == n["endDate"],
                      f"{node_id}: GraphML start/end")
                # GEXF widens to days: the first day starts with the ISO date.
                check(str(x.get("start", "")).startswith(n["startDate"]), f"{node_id}: GEXF start {x.get('start')}")
                if n["status"] != "ongoing":
                    check(str(x.get("end", "")).startswith(n["endDate"]), f"{node_id}: GEXF end {x.get('end')}")
        else:
            check(g.get("kind") == "document", f"{node_id}: kind {g.get('kind')}")
            check(g.get("start") == n["datePublished"], f"{node_id}: published date")

    for f in failures:
        print("networkx_check: " + f, file=sys.stderr)
    print(f"networkx_check: {len(nodes)} nodes, {len(edges)} edges, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
