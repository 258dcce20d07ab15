/**
 * The nlp stage: sentences, tokens, parts of speech, lemmas, named entities, dependencies and
 * normalised dates, computed once per article by {@link org.herodotus.nlp.NlpStage} and shared
 * read-only by the later stages as a {@link org.herodotus.nlp.Parse}.
 */
package org.herodotus.nlp;
