// Sources whose title, publisher or id matches the words, best first; the Lucene query is built from word
// characters only. At most $counted matches are read (and counted); one page of them is returned.
CALL db.index.fulltext.queryNodes('source_search', $lucene, {limit: $counted})
YIELD node
WITH collect(node) AS matches
RETURN size(matches) AS total,
       [source IN matches[$offset..$offset + $limit] | source {.id, .title, .publisher, .published, .authors, .url}]
       AS sources
