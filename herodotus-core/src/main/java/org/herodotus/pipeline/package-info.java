/**
 * How the stages fit together: the working {@link org.herodotus.pipeline.Doc}, the {@link
 * org.herodotus.pipeline.Stage} interface with the {@link org.herodotus.pipeline.StageContract}
 * each stage declares (the {@link org.herodotus.pipeline.DocPart}s it reads and adds), and the
 * {@link org.herodotus.pipeline.Pipeline} that checks their order and runs them.
 */
package org.herodotus.pipeline;
