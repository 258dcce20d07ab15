/**
 * The {@code herodotus} command line: one picocli command per verb, each a thin layer over the
 * core library.
 */
package org.herodotus.cli;
