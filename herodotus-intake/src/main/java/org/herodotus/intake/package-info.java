/**
 * Live intake: RSS/Atom feeds and news sitemaps polled on an adaptive schedule, article pages
 * fetched politely (robots.txt, a delay and a connection limit per host, conditional GET,
 * retries that honour Retry-After), every response archived as WARC, and each article analysed
 * and stored once. What must survive a restart (URLs seen, feed health) is kept in the store.
 * {@link org.herodotus.intake.Watcher} runs one poll; the command line and a server run it on a
 * schedule.
 */
package org.herodotus.intake;
