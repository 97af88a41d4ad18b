// Every ordered actor pair and relation type with its claims summed, as pairs-on.cypher sums them: the number of
// claims, the first and last day, how many sources state them and their origins. Read once per corpus version.
MATCH (from:Actor)-[claim]->(to:Actor)
WITH from.id AS source, to.id AS target, type(claim) AS type, claim
WITH source, target, type,
     count(claim) AS claims,
     min(claim.dateFirst) AS dateFirst,
     max(claim.dateLast) AS dateLast,
     count(DISTINCT claim.sourceId) AS sources,
     collect(DISTINCT coalesce(claim.origin, 'curated')) AS origins
RETURN [source, target, type, claims, dateFirst, dateLast, sources, origins] AS pair
