-- DuckDB filters events by scanning columns with min/max zone maps, faster than its indexes for
-- ranges, and scans article bodies for text search (its full-text extension is not bundled with
-- the JDBC driver); nothing to create. The version is recorded so both back ends share one history.
SELECT 1;
