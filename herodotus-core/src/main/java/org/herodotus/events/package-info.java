/**
 * The events stage.
 */
package org.herodotus.events;
