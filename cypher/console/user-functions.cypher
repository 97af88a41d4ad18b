// The functions a plugin added to the server: the console refuses queries that call them.
SHOW FUNCTIONS YIELD name, isBuiltIn
WHERE NOT isBuiltIn
RETURN name
