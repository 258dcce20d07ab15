package org.herodotus.store;

/**
 * An actor or recipient of a stored event.
 *
 * @param name    canonical name
 * @param country country code
 * @param sector  sector code
 */
public record Participant(String name, String country, String sector) {
}
