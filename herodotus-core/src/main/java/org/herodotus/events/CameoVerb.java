package org.herodotus.events;

import java.util.List;

/**
 * A verb of a CAMEO verb dictionary's block: its words (the head marked) and its own code.
 *
 * @param words    upper-case words of a compound verb ("WIRE", "TAP"), or one word
 * @param head     index of the verb word proper
 * @param forms    irregular forms given in braces
 * @param code     the verb's own code, else the block's
 * @param patterns the block's patterns, longest first
 */
record CameoVerb(List<String> words, int head, List<String> forms, String code, List<CameoVerbPattern> patterns) {
}
