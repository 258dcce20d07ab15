package org.herodotus.pipeline;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a stage reads from the {@link Doc} and what it adds to it, as spaCy components declare
 * {@code requires} and {@code assigns}. A {@link Pipeline} checks the order of its stages against
 * these when it is built, so that a stage put before the one it depends on is an error at load
 * time rather than an empty field at run time.
 *
 * <pre>{@code
 * StageContract.requires(DocPart.PARSE).reads(DocPart.EVENTS).assigns(DocPart.PLACES, DocPart.EVENTS)
 * }</pre>
 *
 * @param required parts an earlier stage must have added: without them this stage finds nothing
 * @param optional parts this stage reads when the pipeline has them, and works without: a stage
 *                 that first adds one of them must still come earlier
 * @param assigned parts this stage adds or rewrites; a part it also reads is only rewritten
 *                 (the claims stage adds actors to those it reads)
 */
public record StageContract(Set<DocPart> required, Set<DocPart> optional, Set<DocPart> assigned) {

    public StageContract {
        required = Set.copyOf(required);
        optional = Set.copyOf(optional);
        assigned = Set.copyOf(assigned);
    }

    /** A contract that reads {@code parts}, which earlier stages must add; add the rest with the methods below. */
    public static StageContract requires(DocPart... parts) {
        return new StageContract(set(parts), Set.of(), Set.of());
    }

    /** This contract, also reading {@code parts} when the pipeline has them. */
    public StageContract reads(DocPart... parts) {
        return new StageContract(required, union(optional, parts), assigned);
    }

    /** This contract, also adding or rewriting {@code parts}. */
    public StageContract assigns(DocPart... parts) {
        return new StageContract(required, optional, union(assigned, parts));
    }

    /** Whether the stage reads {@code part}, required or not. */
    public boolean uses(DocPart part) {
        return required.contains(part) || optional.contains(part);
    }

    /** Whether the stage brings {@code part} into being: it adds it without reading it first. */
    public boolean creates(DocPart part) {
        return assigned.contains(part) && !uses(part);
    }

    private static Set<DocPart> set(DocPart... parts) {
        return parts.length == 0 ? Set.of() : EnumSet.of(parts[0], parts);
    }

    private static Set<DocPart> union(Set<DocPart> a, DocPart... parts) {
        Set<DocPart> all = EnumSet.noneOf(DocPart.class);
        all.addAll(a);
        all.addAll(set(parts));
        return all;
    }
}
