package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.RevertReport;

import java.util.stream.Collectors;

/** What an undo did, in a sentence or two for the history. */
final class UndoMessage {

    private UndoMessage() {
    }

    static String of(RevertReport r) {
        StringBuilder text = new StringBuilder("undone: " + r.removed() + " people removed, " + r.restored()
                + " restored to what they were before, " + r.organisationsRemoved() + " organisations removed");
        if (!r.kept().isEmpty()) {
            text.append("; kept ").append(r.kept().size()).append(" changed since the import: ")
                    .append(r.kept().stream().limit(20).map(k -> k.displayName() + " (" + k.reason() + ")").collect(Collectors.joining(", ")));
            if (r.kept().size() > 20) text.append(" and ").append(r.kept().size() - 20).append(" more");
        }
        return text.toString();
    }
}
