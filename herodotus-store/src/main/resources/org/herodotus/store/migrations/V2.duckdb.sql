-- DuckDB scans the body column for text search (its columnar scan is fast and the full-text
-- extension is not bundled with the JDBC driver); nothing to create. The version is recorded so
-- both back ends share one version history.
SELECT 1;
