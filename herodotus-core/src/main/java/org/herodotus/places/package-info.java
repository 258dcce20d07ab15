/**
 * The places stages: where the article's places are, and where each event happened.
 * {@link org.herodotus.places.PlaceStage} finds toponyms in the parse ({@code ToponymFinder}, with
 * the word cues of {@code PlaceCues}, the place nouns of {@code PlaceNouns}
 * and what the gazetteer knows of a name, {@code GazetteerEvidence}) and resolves them against the
 * {@link org.herodotus.places.Gazetteer} coherently per document ({@code PlaceResolver}, reading
 * {@code ToponymHints}; {@code PopulationBaseline} is the baseline it is measured against).
 * {@link org.herodotus.places.EventPlaceStage}, after the events stage, gives each event its place
 * ({@code EventPlaces}).
 *
 * <p>Data: the gazetteer is a binary file built once by {@code GazetteerWriter} (in the
 * herodotus-gazetteer module) and compared by the one name normalisation of {@code Names};
 * {@code place-nouns.tsv} and {@code locatives.tsv} (the locative words of every rule that asks
 * whether a word introduces a place, read by {@link org.herodotus.places.Locatives}) and the
 * other closed word classes in {@code words.txt} (read by {@code PlaceWords}) are in this
 * package's resources, formats in their headers.
 */
package org.herodotus.places;
