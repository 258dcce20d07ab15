/**
 * How the stages fit together: the working {@link org.herodotus.pipeline.Doc}, the {@link
 * org.herodotus.pipeline.Stage} contract and the {@link org.herodotus.pipeline.Pipeline} that runs
 * them in order.
 */
package org.herodotus.pipeline;
