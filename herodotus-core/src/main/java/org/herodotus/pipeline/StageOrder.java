package org.herodotus.pipeline;

import java.util.List;

/**
 * Checks that stages run in an order their {@link StageContract}s allow: every part a stage
 * requires is added by a stage before it, and no stage that brings a part into being runs after a
 * stage that reads that part.
 */
final class StageOrder {

    private StageOrder() {
    }

    /**
     * @throws IllegalArgumentException naming the stage, the part it reads and the stage that
     *                                  must come before it
     */
    static void check(List<Stage> stages) {
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            StageContract contract = stage.contract();
            for (DocPart part : DocPart.values()) {
                if (contract.required().contains(part) && !addedBefore(stages, i, part)) {
                    Stage later = firstAdding(stages, i + 1, part);
                    throw new IllegalArgumentException(String.format(
                            "stage '%s' requires %s, which no stage before it adds (%s)", stage.name(), part.label(),
                            later == null ? "add a stage that does" : "put '" + later.name() + "' before '" + stage.name() + "'"));
                }
                if (contract.uses(part)) {
                    for (int j = i + 1; j < stages.size(); j++) {
                        if (stages.get(j).contract().creates(part)) {
                            throw new IllegalArgumentException(String.format(
                                    "stage '%s' reads %s, which stage '%s' adds after it (put '%s' before '%s')",
                                    stage.name(), part.label(), stages.get(j).name(), stages.get(j).name(), stage.name()));
                        }
                    }
                }
            }
        }
    }

    private static boolean addedBefore(List<Stage> stages, int end, DocPart part) {
        for (int j = 0; j < end; j++) {
            if (stages.get(j).contract().assigned().contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static Stage firstAdding(List<Stage> stages, int from, DocPart part) {
        for (int j = from; j < stages.size(); j++) {
            if (stages.get(j).contract().assigned().contains(part)) {
                return stages.get(j);
            }
        }
        return null;
    }
}
