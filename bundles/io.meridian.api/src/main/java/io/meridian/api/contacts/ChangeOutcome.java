package io.meridian.api.contacts;

import java.util.Map;

/**
 * What became of one change of a {@link ChangeBatch}.
 *
 * @param index the change's position in the batch
 * @param person the person as stored after the change; null when it was refused
 * @param created whether the change created the person
 * @param problems why it was refused, by field, as {@link InvalidContactException#fields()} names them
 *        (or {@code "version"} when someone changed the person meanwhile); empty when applied
 */
public record ChangeOutcome(int index, Person person, boolean created, Map<String, String> problems) {

    public ChangeOutcome {
        problems = Map.copyOf(problems);
    }

    public boolean applied() {
        return person != null;
    }
}
