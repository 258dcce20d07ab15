-- A dictionary of the participant names ever stored, for finding actors by a part of their name.
-- Search and the actor list matched '%word%' against every participant row (300 ms a search at
-- 1 M events on PostgreSQL); the distinct names are a few per cent of those rows. The writer adds
-- the names of each batch; names are never removed, since a reader only uses the dictionary to
-- choose which names to count in event_actors, where a name no event still carries counts nothing.
CREATE TABLE actor_names (name_lc VARCHAR PRIMARY KEY);
INSERT INTO actor_names SELECT DISTINCT name_lc FROM event_actors WHERE name_lc IS NOT NULL;
