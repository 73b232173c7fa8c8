package io.meridian.api.contacts;

import java.time.Instant;
import java.util.Objects;

/**
 * An interaction to record.
 *
 * @param at when it happened; not more than a day in the future
 * @param summary what was said or agreed, what they told you; optional
 */
public record NewInteraction(Channel channel, Instant at, Direction direction, String summary) {
    public NewInteraction {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(direction, "direction");
    }
}
