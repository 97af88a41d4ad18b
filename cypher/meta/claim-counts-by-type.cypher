MATCH ()-[claim]->()
RETURN type(claim) AS type, count(claim) AS claims
