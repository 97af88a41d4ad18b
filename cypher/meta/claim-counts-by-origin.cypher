// Claims per origin; claims written before origins existed are curated.
MATCH ()-[claim]->()
RETURN coalesce(claim.origin, 'curated') AS origin, count(claim) AS claims
