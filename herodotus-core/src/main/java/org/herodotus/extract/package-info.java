/**
 * The extract stage: from a page's HTML (or a plain-text capture) to the article body and its
 * metadata. Rules are data files under {@code org/herodotus/extract/} in the resources.
 */
package org.herodotus.extract;
