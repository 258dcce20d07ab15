package org.herodotus.eval.geo;

import java.util.List;

/**
 * One benchmark document: its id ("GeoWebNews/0"), its text and its gold toponyms in file order.
 *
 * @param id       "&lt;Corpus&gt;/&lt;i&gt;", i the line of the gold file counted from 0
 * @param text     the document text
 * @param toponyms gold toponyms
 */
public record GeoDoc(String id, String text, List<GeoToponym> toponyms) {

    public GeoDoc {
        toponyms = List.copyOf(toponyms);
    }
}
