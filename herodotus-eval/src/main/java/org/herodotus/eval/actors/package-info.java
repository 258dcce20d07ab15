/** Scoring of the actors stage: actor and recipient countries on PLOVER gold records. */
package org.herodotus.eval.actors;
