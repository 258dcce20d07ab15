/**
 * The places stage.
 */
package org.herodotus.places;
