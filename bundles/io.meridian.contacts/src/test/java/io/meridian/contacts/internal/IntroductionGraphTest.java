package io.meridian.contacts.internal;

import io.meridian.api.contacts.Introduction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntroductionGraphTest {

    private static final LocalDate ON = LocalDate.of(2026, 1, 5);

    private static Introduction intro(UUID by, UUID introduced, UUID to) {
        return new Introduction(UUID.randomUUID(), by, introduced, to, ON, null);
    }

    @Test
    void amongPathsOfEqualLengthTheStrongestWeakestLinkWins() {
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), x = UUID.randomUUID(), y = UUID.randomUUID(), t = UUID.randomUUID();
        // introduced to bystanders nobody trusts, so that the only useful links are a-x-t and b-y-t
        IntroductionGraph graph = new IntroductionGraph(List.of(intro(a, x, UUID.randomUUID()), intro(x, t, UUID.randomUUID()),
                intro(b, y, UUID.randomUUID()), intro(y, t, UUID.randomUUID())));
        Map<UUID, Introduction> direct = new HashMap<>();
        direct.put(a, null);
        direct.put(b, null);
        IntroductionGraph.Path viaY = graph.best(direct, Map.of(a, 5.0, x, 3.6, b, 4.0, y, 4.0), Set.of(t), 3.5).orElseThrow();
        assertEquals(List.of(b, y, t), viaY.people());
        assertEquals(4.0, viaY.weakestTrust());
        assertEquals(List.of(a, x, t), graph.best(direct, Map.of(a, 5.0, x, 4.5, b, 4.0, y, 4.0), Set.of(t), 3.5).orElseThrow().people());
        assertFalse(graph.best(direct, Map.of(a, 5.0, x, 3.0, b, 5.0, y, 3.0), Set.of(t), 3.5).isPresent());
    }

    /** On random networks, the path is never longer than the shortest trusted path a plain breadth-first search finds. */
    @Test
    void randomNetworksGiveShortestTrustedPaths() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<UUID> people = new ArrayList<>();
            for (int i = 0; i < 30; i++) people.add(UUID.randomUUID());
            List<Introduction> intros = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                UUID by = people.get(random.nextInt(30)), introduced = people.get(random.nextInt(30));
                UUID to = random.nextInt(3) == 0 ? null : people.get(random.nextInt(30));
                if (!by.equals(introduced) && !introduced.equals(to)) intros.add(intro(by, introduced, to));
            }
            Map<UUID, Double> trust = new HashMap<>();
            for (UUID p : people) if (random.nextInt(4) > 0) trust.put(p, 1 + random.nextInt(5) * 1.0);
            Map<UUID, Introduction> direct = new HashMap<>();
            direct.put(people.get(0), null);
            UUID target = people.get(29);
            Optional<IntroductionGraph.Path> found = new IntroductionGraph(intros).best(direct, trust, Set.of(target), 3.0);
            int shortest = bfs(intros, people.get(0), target, trust, 3.0);
            String context = "round " + round;
            assertEquals(shortest < 0, found.isEmpty(), context);
            found.ifPresent(p -> {
                assertEquals(shortest + 1, p.people().size(), context);
                for (UUID step : p.people().subList(0, p.people().size() - 1)) assertTrue(trust.get(step) >= 3.0);
            });
        }
    }

    /** Hops from start to target through people trusted at least {@code min}; -1 when unreachable. */
    private static int bfs(List<Introduction> intros, UUID start, UUID target, Map<UUID, Double> trust, double min) {
        if (start.equals(target)) return 0;
        if (trust.getOrDefault(start, 0.0) < min) return -1;
        Map<UUID, Set<UUID>> knows = new HashMap<>();
        for (Introduction i : intros) {
            link(knows, i.introducerId(), i.introducedId());
            link(knows, i.introducedId(), i.toId());
            link(knows, i.introducerId(), i.toId());
        }
        Set<UUID> seen = new HashSet<>(Set.of(start));
        List<UUID> frontier = List.of(start);
        for (int depth = 1; !frontier.isEmpty(); depth++) {
            List<UUID> next = new ArrayList<>();
            for (UUID u : frontier) {
                for (UUID v : knows.getOrDefault(u, Set.of())) {
                    if (v.equals(target)) return depth;
                    if (seen.add(v) && trust.getOrDefault(v, 0.0) >= min) next.add(v);
                }
            }
            frontier = next;
        }
        return -1;
    }

    private static void link(Map<UUID, Set<UUID>> knows, UUID a, UUID b) {
        if (a == null || b == null || a.equals(b)) return;
        knows.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        knows.computeIfAbsent(b, k -> new HashSet<>()).add(a);
    }
}
