// Actors and sources are found by their stable ids.
CREATE CONSTRAINT actor_id IF NOT EXISTS
FOR (actor:Actor)
REQUIRE actor.id IS UNIQUE;

CREATE CONSTRAINT source_id IF NOT EXISTS
FOR (source:Source)
REQUIRE source.id IS UNIQUE;
