// Sizes and the span of claim dates. Counts by label and type come from the count store.
CALL () {
  MATCH (actor:Actor)
  RETURN count(actor) AS actors
}
CALL () {
  MATCH (source:Source)
  RETURN count(source) AS sources
}
CALL () {
  MATCH (:Actor)-[claim]->(:Actor)
  RETURN count(claim) AS claims, min(claim.dateFirst) AS earliest, max(claim.dateLast) AS latest
}
RETURN actors, sources, claims, earliest, latest
