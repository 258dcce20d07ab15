-- Event participants: whether one is only described ("a pro-Iran militia", "gunmen") rather than
-- named, since boards weigh an article's narrative about an unidentified perpetrator less; and the
-- sentence that shows this participant at work, since an event merges many mentions and its first
-- sentence may not name them. Rows written before this version stay NULL: unknown.
ALTER TABLE event_actors ADD COLUMN generic BOOLEAN;
ALTER TABLE event_actors ADD COLUMN evidence_text VARCHAR;
ALTER TABLE event_actors ADD COLUMN evidence_start INTEGER;
