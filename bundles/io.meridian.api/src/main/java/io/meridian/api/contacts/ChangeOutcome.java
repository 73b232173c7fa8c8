package io.meridian.api.contacts;

import java.util.Map;

/**
 * What became of one change of a {@link ChangeBatch}: the people's changes come first, in their
 * order, then the organisations'.
 *
 * @param index the change's position in its list ({@link ChangeBatch#changes()} or {@link ChangeBatch#organisations()})
 * @param person the person as stored after the change; null when it was refused or is an organisation's
 * @param organisation the organisation as stored after an organisation's change; null otherwise
 * @param created whether the change created the person or organisation
 * @param problems why it was refused, by field, as {@link InvalidContactException#fields()} names them
 *        (or {@code "version"} when someone changed the person meanwhile); empty when applied
 */
public record ChangeOutcome(int index, Person person, Organisation organisation, boolean created, Map<String, String> problems) {

    public ChangeOutcome {
        problems = Map.copyOf(problems);
    }

    /** The outcome of a person's change. */
    public ChangeOutcome(int index, Person person, boolean created, Map<String, String> problems) {
        this(index, person, null, created, problems);
    }

    public boolean applied() {
        return person != null || organisation != null;
    }
}
