/** Speed of the nlp stage and the whole analyze path against plain CoreNLP and a Phoenix-style pipeline. */
package org.herodotus.eval.nlp;
