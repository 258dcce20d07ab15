/**
 * The JSON forms of articles and analyses: {@link org.herodotus.json.AnalysisJson}, and the JSON
 * Schema of the Analysis contract in {@code org/herodotus/json/analysis.schema.json}.
 */
package org.herodotus.json;
