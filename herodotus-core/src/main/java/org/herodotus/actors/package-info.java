/**
 * The actors stage.
 */
package org.herodotus.actors;
