package io.meridian.contacts.internal;

import io.meridian.api.contacts.Introduction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who knows whom, as introductions tell it: an introduction links the introducer, the person
 * introduced and the person they were introduced to. Finds the path from the user with the
 * fewest introductions, and among those the one whose least trusted intermediary is trusted
 * most (a breadth-first search that keeps, per person, the best weakest link at their depth).
 */
final class IntroductionGraph {

    /** A path: the people from the user's direct contact to the target, and the introductions between them. */
    record Path(List<UUID> people, List<Introduction> links, double weakestTrust) {
    }

    private final Map<UUID, Map<UUID, Introduction>> edges = new HashMap<>();

    IntroductionGraph(List<Introduction> introductions) {
        for (Introduction i : introductions) {
            link(i.introducerId(), i.introducedId(), i);
            link(i.introducedId(), i.toId(), i);
            link(i.introducerId(), i.toId(), i);
        }
    }

    private void link(UUID a, UUID b, Introduction i) {
        if (a == null || b == null || a.equals(b)) return;
        edges.computeIfAbsent(a, k -> new HashMap<>()).putIfAbsent(b, i);
        edges.computeIfAbsent(b, k -> new HashMap<>()).putIfAbsent(a, i);
    }

    /**
     * @param direct the people the user knows directly, with how (null when by interactions alone)
     * @param trust latest trust score per person; people without one are never asked to introduce
     * @param targets the person, or the members of an organisation
     */
    Optional<Path> best(Map<UUID, Introduction> direct, Map<UUID, Double> trust, Set<UUID> targets, double minTrust) {
        for (UUID t : targets) {
            if (direct.containsKey(t)) {
                List<Introduction> links = new ArrayList<>();
                links.add(direct.get(t));
                return Optional.of(new Path(List.of(t), links, Double.NaN));
            }
        }
        Map<UUID, UUID> parent = new HashMap<>();
        Map<UUID, Double> frontier = new LinkedHashMap<>();
        for (UUID d : direct.keySet()) {
            Double score = trust.get(d);
            if (score != null && score >= minTrust) {
                frontier.put(d, score);
            }
        }
        Set<UUID> seen = new HashSet<>(frontier.keySet());
        while (!frontier.isEmpty()) {
            UUID bestTarget = null;
            UUID bestVia = null;
            double bestWeakest = -1;
            Map<UUID, Double> next = new LinkedHashMap<>();
            Map<UUID, UUID> nextParent = new HashMap<>();
            for (Map.Entry<UUID, Double> u : frontier.entrySet()) {
                for (UUID v : edges.getOrDefault(u.getKey(), Map.of()).keySet()) {
                    if (targets.contains(v)) {
                        if (u.getValue() > bestWeakest) {
                            bestTarget = v;
                            bestVia = u.getKey();
                            bestWeakest = u.getValue();
                        }
                        continue;
                    }
                    Double score = trust.get(v);
                    if (seen.contains(v) || score == null || score < minTrust) continue;
                    double w = Math.min(u.getValue(), score);
                    if (w > next.getOrDefault(v, -1.0)) {
                        next.put(v, w);
                        nextParent.put(v, u.getKey());
                    }
                }
            }
            if (bestTarget != null) return Optional.of(trace(bestTarget, bestVia, parent, bestWeakest, direct));
            seen.addAll(next.keySet());
            parent.putAll(nextParent);
            frontier = next;
        }
        return Optional.empty();
    }

    private Path trace(UUID target, UUID via, Map<UUID, UUID> parent, double weakestTrust, Map<UUID, Introduction> direct) {
        List<UUID> people = new ArrayList<>();
        people.add(target);
        for (UUID p = via; p != null; p = parent.get(p)) people.add(p);
        Collections.reverse(people);
        List<Introduction> links = new ArrayList<>();
        links.add(direct.get(people.get(0)));
        for (int i = 1; i < people.size(); i++) links.add(edges.get(people.get(i - 1)).get(people.get(i)));
        return new Path(people, links, weakestTrust);
    }
}
