-- A place is now stored once per distinct name in its article, as actors are, with the number of
-- times the article names it (its first mention stays in start_off/end_off). Rows written before
-- this version stay NULL: each of them was one mention.
ALTER TABLE places ADD COLUMN mentions INTEGER;
