// Full-text search over names and aliases; the Lucene query is built from word characters only.
CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $limit})
YIELD node, score
RETURN node.id AS id, node.name AS name, node.kind AS kind, node.aliases AS aliases, COUNT { (node)--() } AS degree, score
ORDER BY score DESC, degree DESC, id
