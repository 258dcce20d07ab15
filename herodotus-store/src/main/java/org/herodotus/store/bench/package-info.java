/**
 * Store benchmarks: a synthetic corpus of analysed articles shaped like a news feed, and the
 * ingest-rate and query-latency measurements run on it.
 */
package org.herodotus.store.bench;
