package org.herodotus.events;

/**
 * A trigger entry matched in a sentence.
 *
 * @param entry   the lexicon entry
 * @param head    the token arguments attach to
 * @param first   the first token of the trigger words
 * @param last    the last token of the trigger words
 * @param support for a noun, the verb that reports it and lends it its subject ("launched
 *                attacks"), else -1
 */
record TriggerMatch(TriggerEntry entry, int head, int first, int last, int support) {
}
