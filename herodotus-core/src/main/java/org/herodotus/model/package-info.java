/**
 * The plain, immutable values that flow through the pipeline and out of it: {@link
 * org.herodotus.model.Article} from extraction, {@link org.herodotus.model.Analysis} with its
 * actors, places, events and claims at the end. Offsets ({@link org.herodotus.model.Span}) always
 * index the article text.
 */
package org.herodotus.model;
