/**
 * The front door for library users: {@link org.herodotus.Herodotus} extracts articles and builds
 * the pipeline, configured by a {@link org.herodotus.PipelineConfig}. The stages are the packages
 * below, in the order an article meets them: {@code source}, {@code extract}, {@code nlp},
 * {@code places}, {@code actors}, {@code events}, {@code claims}; {@code pipeline} fits them
 * together, {@code model} and {@code json} are what comes out.
 */
package org.herodotus;
