// How many sources there are, from the count store.
MATCH (source:Source)
RETURN count(source) AS total
