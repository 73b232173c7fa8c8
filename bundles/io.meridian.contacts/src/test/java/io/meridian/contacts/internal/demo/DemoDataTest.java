package io.meridian.contacts.internal.demo;

import io.meridian.api.contacts.CadenceRule;
import io.meridian.api.contacts.Commitment;
import io.meridian.api.contacts.CommitmentChange;
import io.meridian.api.contacts.CommitmentStatus;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.Interaction;
import io.meridian.api.contacts.Introduction;
import io.meridian.api.contacts.NewCommitment;
import io.meridian.api.contacts.NewInteraction;
import io.meridian.api.contacts.Organisation;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.RelationshipHealth;
import io.meridian.api.contacts.RelationshipService;
import io.meridian.api.contacts.StaleEditException;
import io.meridian.api.contacts.Tombstone;
import io.meridian.api.contacts.TrustAssessment;
import io.meridian.api.shell.CommandException;
import io.meridian.contacts.internal.shell.DemoCommand;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataTest {

    private final DemoBook book = DemoBook.load();
    private final FakeServices services = new FakeServices();
    private final DemoData demo = new DemoData(services.contacts(), services.relationships(), services.health(), book);

    @Test
    void loadWritesTheWholeBookThroughTheServicesAsDemo() {
        DemoSummary summary = demo.load().orElseThrow();

        assertEquals(book.people().size(), summary.people());
        assertEquals(book.people().size(), services.people.size());
        assertEquals(book.organisations().size(), services.organisations.size());
        assertEquals(services.interactions.size(), summary.interactions());
        assertEquals(book.people().stream().mapToInt(p -> p.commitments().size()).sum(), summary.commitments());
        assertEquals(book.people().stream().mapToInt(p -> p.trust().size()).sum(), services.trust.size());
        assertEquals(book.introductions().size(), services.introductions.size());
        assertEquals(book.cadenceRules(), services.rules);
        assertEquals(Set.of(Origin.DEMO), services.origins);
        assertTrue(services.people.values().stream().allMatch(p -> p.fields().externalIds().containsKey(DemoBook.SYSTEM)));
    }

    @Test
    void commitmentsEndInTheStateTheBookDescribes() {
        demo.load();
        Map<String, Commitment> byWhat = new LinkedHashMap<>();
        services.commitments.values().forEach(c -> byWhat.put(c.what(), c));
        LocalDate today = LocalDate.now();

        Commitment boardPack = byWhat.get("Circulate the board pack for the spring meeting");
        assertEquals(CommitmentStatus.DONE, boardPack.status());
        assertEquals(today.minusDays(91), boardPack.delayCommunicatedOn());
        assertEquals(today.minusDays(87), boardPack.doneOn());
        assertEquals(CommitmentStatus.CANCELLED, byWhat.get("Share a booth at the Canton Fair").status());
        assertEquals(CommitmentStatus.OPEN, byWhat.get("Monthly investor update").status());
        assertEquals(today.plusDays(4), byWhat.get("Monthly investor update").due());
    }

    @Test
    void secondLoadChangesNothing() {
        demo.load();
        int writes = services.writes;

        assertEquals(Optional.empty(), demo.load());
        assertEquals(writes, services.writes);
    }

    @Test
    void eraseRemovesTheDemoPeopleAndAReloadReusesTheOrganisations() {
        demo.load();
        Person outsider = services.contacts().create(PersonDraft.named("Someone", "Else", "DE"), Origin.UI);

        assertEquals(book.people().size(), demo.erase());
        assertEquals(List.of(outsider.id()), List.copyOf(services.people.keySet()));

        demo.load().orElseThrow();
        assertEquals(book.people().size() + 1, services.people.size());
        assertEquals(book.organisations().size(), services.organisations.size());
    }

    @Test
    void commandLoadsOnceExplainsTheSecondTimeAndReloadsOnReset() {
        DemoCommand command = new DemoCommand(demo);

        String first = command.demo();
        String second = command.demo();
        String reset = command.demo("--reset");

        assertTrue(first.contains("people") && first.contains(String.valueOf(book.people().size())), first);
        assertTrue(second.contains("already loaded") && second.contains("--reset"), second);
        assertTrue(reset.startsWith("Erased " + book.people().size() + " demo people") && reset.contains("Loaded"), reset);
        assertEquals(book.people().size(), services.people.size());
    }

    @Test
    void commandShowsHelpAndRejectsWhatItDoesNotKnow() {
        DemoCommand command = new DemoCommand(demo);

        assertTrue(command.demo("--help").contains("--reset"));
        CommandException unknown = assertThrows(CommandException.class, () -> command.demo("--wipe"));
        assertTrue(unknown.getMessage().contains("--help"), unknown.getMessage());
        CommandException operand = assertThrows(CommandException.class, () -> command.demo("all"));
        assertTrue(operand.getMessage().contains("takes no arguments"), operand.getMessage());
        assertTrue(services.people.isEmpty());
    }

    /** Just enough of the three contact services, in memory, to watch what the loader writes. */
    private static final class FakeServices {
        final Map<UUID, Person> people = new LinkedHashMap<>();
        final Map<UUID, Organisation> organisations = new LinkedHashMap<>();
        final List<Interaction> interactions = new ArrayList<>();
        final Map<UUID, Commitment> commitments = new LinkedHashMap<>();
        final List<TrustAssessment> trust = new ArrayList<>();
        final List<Introduction> introductions = new ArrayList<>();
        final List<CadenceRule> rules = new ArrayList<>();
        final Set<Origin> origins = EnumSet.noneOf(Origin.class);
        int writes;

        ContactService contacts() {
            return proxy(ContactService.class, (self, method, args) -> switch (method.getName()) {
                case "create" -> {
                    PersonDraft d = write((PersonDraft) args[0], args[1]);
                    Person p = new Person(UUID.randomUUID(), 1, d, d.givenName() + " " + d.familyName(), null, Instant.now(),
                            Instant.now(), null, null, 30, 365);
                    people.put(p.id(), p);
                    yield p;
                }
                case "findByExternalId" -> people.values().stream()
                        .filter(p -> args[1].equals(p.fields().externalIds().get((String) args[0]))).findFirst();
                case "findOrganisationByName" -> organisations.values().stream()
                        .filter(o -> o.name().equalsIgnoreCase((String) args[0])).findFirst();
                case "createOrganisation" -> {
                    OrganisationDraft d = write((OrganisationDraft) args[0], args[1]);
                    Organisation o = new Organisation(UUID.randomUUID(), 1, d.name(), d.country(), d.website(), d.notes(),
                            Instant.now(), Instant.now());
                    organisations.put(o.id(), o);
                    yield o;
                }
                case "erase" -> {
                    write(people.remove((UUID) args[0]), args[1]);
                    yield new Tombstone((UUID) args[0], Instant.now(), (Origin) args[1]);
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });
        }

        RelationshipService relationships() {
            return proxy(RelationshipService.class, (self, method, args) -> switch (method.getName()) {
                case "logInteraction" -> {
                    NewInteraction i = write((NewInteraction) args[1], args[2]);
                    Interaction logged = new Interaction(UUID.randomUUID(), known((UUID) args[0]), i.channel(), i.at(), i.direction(),
                            i.summary(), (Origin) args[2], Instant.now());
                    interactions.add(logged);
                    yield logged;
                }
                case "promise" -> {
                    NewCommitment n = write((NewCommitment) args[1], args[2]);
                    Commitment c = new Commitment(UUID.randomUUID(), known((UUID) args[0]), 1, n.what(), n.owedBy(), n.due(),
                            CommitmentStatus.OPEN, null, null, null, false, Instant.now());
                    commitments.put(c.id(), c);
                    yield c;
                }
                case "changeCommitment" -> {
                    Commitment c = commitments.get((UUID) args[0]);
                    if (c.version() != (long) args[1]) throw new StaleEditException("changed since", c.version());
                    CommitmentChange change = write((CommitmentChange) args[2], args[3]);
                    Commitment changed;
                    if (change instanceof CommitmentChange.Done d) {
                        changed = new Commitment(c.id(), c.personId(), c.version() + 1, c.what(), c.owedBy(), c.due(),
                                CommitmentStatus.DONE, d.on(), c.delayCommunicatedOn(), c.revisedDue(), false, c.createdAt());
                    } else if (change instanceof CommitmentChange.DelayCommunicated l) {
                        changed = new Commitment(c.id(), c.personId(), c.version() + 1, c.what(), c.owedBy(), c.due(),
                                CommitmentStatus.OPEN, null, l.on(), l.newDue(), false, c.createdAt());
                    } else {
                        changed = new Commitment(c.id(), c.personId(), c.version() + 1, c.what(), c.owedBy(), c.due(),
                                CommitmentStatus.CANCELLED, null, c.delayCommunicatedOn(), c.revisedDue(), false, c.createdAt());
                    }
                    commitments.put(c.id(), changed);
                    yield changed;
                }
                case "assessTrust" -> {
                    write(args[5], args[7]);
                    TrustAssessment t = new TrustAssessment(UUID.randomUUID(), known((UUID) args[0]), (int) args[1], (int) args[2],
                            (int) args[3], (int) args[4], (String) args[5], (LocalDate) args[6]);
                    trust.add(t);
                    yield t;
                }
                case "recordIntroduction" -> {
                    write(args[4], args[5]);
                    Introduction i = new Introduction(UUID.randomUUID(), known((UUID) args[0]), known((UUID) args[1]),
                            args[2] == null ? null : known((UUID) args[2]), (LocalDate) args[3], (String) args[4]);
                    introductions.add(i);
                    yield i;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });
        }

        RelationshipHealth health() {
            return proxy(RelationshipHealth.class, (self, method, args) -> switch (method.getName()) {
                case "setCadenceRule" -> {
                    CadenceRule rule = write((CadenceRule) args[0], args[1]);
                    rules.removeIf(r -> r.tag().equals(rule.tag()));
                    rules.add(rule);
                    yield rule;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });
        }

        private <T> T write(T what, Object origin) {
            writes++;
            origins.add((Origin) origin);
            return what;
        }

        private UUID known(UUID personId) {
            if (!people.containsKey(personId)) throw new IllegalArgumentException("no person " + personId);
            return personId;
        }

        private static <T> T proxy(Class<T> type, InvocationHandler handler) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler));
        }
    }
}
