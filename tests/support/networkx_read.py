"""Reads an exported snapshot with networkx (what Gephi users script with) and prints it as JSON for the tests.

Usage: python3 networkx_read.py gexf|graphml PATH

Prints {"networkx", "gexf13Added", "directed", "multigraph", "mixed", "graph", "nodes": [{"id", ...attributes}],
"edges": [{"source", "target", "key", "undirected"?, ...attributes}]} in file order. Exits 3 when networkx
cannot be imported (install Debian's python3-networkx).

networkx reads no mixed graph (undirected edges among directed ones: GEXF `type="undirected"`, GraphML
`directed="false"`): it refuses the file. Such a file is read as a directed multigraph with those edge
attributes taken out, and each such edge is printed with "undirected": true.
"""
import json
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET

try:
    import networkx as nx
    from networkx.readwrite import gexf as nx_gexf
except ImportError as error:
    print(f"networkx is not importable by {sys.executable}: {error}. Install Debian's python3-networkx.", file=sys.stderr)
    sys.exit(3)

GEXF_13 = "http://gexf.net/1.3"


def add_gexf_13():
    """networkx before 3.6 knows GEXF 1.1draft and 1.2draft only, and finds no <graph> in a GEXF 1.3 file.

    A static GEXF 1.3 graph differs from 1.2 only in its namespaces and version, so networkx 3.6 reads it by
    registering that version with the same reader; this does the same for older networkx (Debian 12 has 2.8).
    Returns whether the version had to be added.
    """
    if any(version["NS_GEXF"] == GEXF_13 for version in nx_gexf.GEXF.versions.values()):
        return False
    nx_gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": GEXF_13,
        "NS_VIZ": GEXF_13 + "/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": GEXF_13 + " " + GEXF_13 + "/gexf.xsd",
        "VERSION": "1.3",
    }
    return True


def without_edge_directions(kind, path):
    """The ids of the file's undirected edges, and a copy of the file without per-edge directions (or None).

    The copy is edited as text (only the <graph> and <edge> start tags), so that every character reference of
    the file, such as a carriage return in a summary, reaches networkx as written.
    """
    attribute = "type" if kind == "gexf" else "directed"
    undirected = [
        element.get("id")
        for element in ET.parse(path).iter()
        if element.tag.rsplit("}", 1)[-1] == "edge" and element.get(attribute) in ("undirected", "false")
    ]
    if not undirected:
        return [], None
    with open(path, encoding="utf-8") as file:
        text = file.read()
    text = re.sub(r'(<graph\b[^>]*\bdefaultedgetype=")mixed"', r'\1directed"', text)
    text = re.sub(
        r"<edge\b[^>]*>",
        lambda match: re.sub(r'\s' + attribute + r'="[^"]*"', "", match.group(0)),
        text,
    )
    handle, copy = tempfile.mkstemp(suffix="." + kind)
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(text)
    return undirected, copy


def edge_id(key, data):
    """An edge's id in the file: networkx keeps it as the edge key or as an `id` attribute."""
    return data.get("id", key) if data else key


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("gexf", "graphml"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    kind, path = sys.argv[1], sys.argv[2]
    added = False
    undirected, copy = without_edge_directions(kind, path)
    try:
        if kind == "gexf":
            added = add_gexf_13()
            graph = nx.read_gexf(copy or path)
        else:
            graph = nx.read_graphml(copy or path)
    finally:
        if copy:
            os.remove(copy)
    edges = (
        graph.edges(keys=True, data=True)
        if graph.is_multigraph()
        else ((u, v, None, d) for u, v, d in graph.edges(data=True))
    )
    result = {
        "networkx": nx.__version__,
        "gexf13Added": added,
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "mixed": bool(undirected),
        "graph": graph.graph,
        "nodes": [{"id": node, **data} for node, data in graph.nodes(data=True)],
        "edges": [
            {"source": u, "target": v, "key": k, **({"undirected": True} if edge_id(k, d) in undirected else {}), **d}
            for u, v, k, d in edges
        ],
    }
    json.dump(result, sys.stdout, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main()
