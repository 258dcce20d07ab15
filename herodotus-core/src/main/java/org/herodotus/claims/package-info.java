/**
 * The claims stage.
 */
package org.herodotus.claims;
