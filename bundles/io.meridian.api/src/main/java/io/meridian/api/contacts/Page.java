package io.meridian.api.contacts;

import java.util.List;

/** One page of results, and how many there are in all. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }
}
