package org.herodotus.actors;

/**
 * A dictionary match in one sentence: tokens {@code [first, end)} name a country ({@link CountryRef})
 * or a named actor ({@link NamedActor}).
 */
record DictionaryHit(int first, int end, Object value) {

    boolean country() {
        return value instanceof CountryRef;
    }

    NamedActor named() {
        return value instanceof NamedActor n ? n : null;
    }
}
