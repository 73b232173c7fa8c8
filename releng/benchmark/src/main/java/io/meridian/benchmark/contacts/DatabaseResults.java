package io.meridian.benchmark.contacts;

import io.meridian.benchmark.Latencies;
import java.util.List;
import java.util.Map;

/**
 * Everything measured on one database.
 *
 * @param product H2 or PostgreSQL
 * @param version the engine's name and version
 * @param extraOptions what the H2 URL had beyond the product's options, or ""
 * @param facts what was loaded
 * @param loadSeconds time to bulk-load the book (not a target)
 * @param firstDerivationMillis the first {@code book()} after the load, which writes every row (not a target)
 * @param compaction the file compacted before measuring (--compact), or null
 * @param sizeMegabytes the database on disk at the end
 * @param queries the page queries
 * @param health the whole-book health
 * @param plans EXPLAIN ANALYZE of each query's statements, if asked for
 */
record DatabaseResults(String product, String version, String extraOptions, SyntheticBook.Facts facts, double loadSeconds,
                       double firstDerivationMillis, Compaction compaction, double sizeMegabytes, List<Query> queries, Health health, List<String> plans) {

    /**
     * H2's file compacted after the load and first derivation.
     *
     * @param sizeBeforeMegabytes the file before
     * @param seconds how long SHUTDOWN COMPACT and opening again took
     */
    record Compaction(double sizeBeforeMegabytes, double seconds) {
    }

    /**
     * One kind of page query.
     *
     * @param matches the median number of contacts its filter matched (the page's total)
     */
    record Query(PageQueries.Case kind, Latencies meridian, Latencies floor, long matches) {

        double p95Ratio() {
            return meridian.p95() / floor.p95();
        }
    }

    /**
     * The whole-book health, {@code RelationshipHealth.book()}, and the daily refresh of the stored scores.
     *
     * @param book each run of {@code book()} on a new day: every score computed, nothing written (the target)
     * @param refresh each daily refresh on a new day: every score computed, the changed rows written (not a target)
     * @param floor the reads of both, directly
     * @param rowsWritten per refresh, the rows it updated
     * @param floorSteps each read of the floor, its durations
     * @param floorRows each read of the floor, its rows
     */
    record Health(Latencies book, Latencies refresh, Latencies floor, List<Long> rowsWritten,
                  Map<String, Latencies> floorSteps, Map<String, Integer> floorRows) {
    }
}
