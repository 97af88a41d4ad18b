// Full-text search over names and aliases; the Lucene query is built from word characters only.
// Lucene scores every prefix match alike, so it is asked for more candidates than wanted ($candidates), and the
// best connected of equally good matches come first.
CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $candidates})
YIELD node, score
WITH node, score, COUNT { (node)--() } AS degree
ORDER BY score DESC, degree DESC, node.id
LIMIT $limit
RETURN node.id AS id, node.name AS name, node.kind AS kind, node.aliases AS aliases, degree, score
