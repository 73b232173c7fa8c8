package io.meridian.api.contacts;

import java.util.List;

/**
 * One page of results, and how many there are in all. Counting stops some way past the page:
 * when more match than were counted, {@code totalExact} is false and {@code total} is a lower
 * bound ("more than 250"), which is all a list needs to offer the next page.
 */
public record Page<T>(List<T> items, long total, boolean totalExact, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page whose total is exact. */
    public Page(List<T> items, long total, int offset, int limit) {
        this(items, total, true, offset, limit);
    }

    /** Whether results follow this page. */
    public boolean hasMore() {
        return offset + items.size() < total || !totalExact;
    }
}
