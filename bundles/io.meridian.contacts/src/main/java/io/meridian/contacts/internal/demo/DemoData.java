package io.meridian.contacts.internal.demo;

import io.meridian.api.contacts.CadenceRule;
import io.meridian.api.contacts.Commitment;
import io.meridian.api.contacts.CommitmentChange;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.InvalidContactException;
import io.meridian.api.contacts.NewCommitment;
import io.meridian.api.contacts.NewInteraction;
import io.meridian.api.contacts.Organisation;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.RelationshipHealth;
import io.meridian.api.contacts.RelationshipService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Loads the demo book through the public contact services, so that what a visitor sees is what
 * those services make of it: about fifty invented people in over twenty countries, with a year
 * and a half of history that ends today, whenever it is loaded. Every write is marked
 * {@link Origin#DEMO}, and every demo person carries their key under the external-id system
 * {@value DemoBook#SYSTEM}, which is how a load recognises an earlier one and how {@link #erase()}
 * finds what to remove.
 */
@Component(service = DemoData.class)
public final class DemoData {

    /** The external id system that marks demo people. */
    public static final String SYSTEM = DemoBook.SYSTEM;

    private final ContactService contacts;
    private final RelationshipService relationships;
    private final RelationshipHealth health;
    private final java.util.function.Supplier<DemoBook> source;
    private DemoBook book;

    /**
     * The book is read when first asked for, not here: the contacts routes hold this service, so
     * it starts with the workbench, and reading the book (with Jackson) would slow every start.
     */
    @Activate
    public DemoData(@Reference ContactService contacts, @Reference RelationshipService relationships,
                    @Reference RelationshipHealth health) {
        this(contacts, relationships, health, DemoBook::load);
    }

    DemoData(ContactService contacts, RelationshipService relationships, RelationshipHealth health, DemoBook book) {
        this(contacts, relationships, health, () -> book);
    }

    private DemoData(ContactService contacts, RelationshipService relationships, RelationshipHealth health,
                     java.util.function.Supplier<DemoBook> source) {
        this.contacts = contacts;
        this.relationships = relationships;
        this.health = health;
        this.source = source;
    }

    private synchronized DemoBook book() {
        if (book == null) book = source.get();
        return book;
    }

    /** The demo people now in the contact book. */
    public List<Person> present() {
        return book().people().stream()
                .flatMap(p -> contacts.findByExternalId(DemoBook.SYSTEM, p.key()).stream())
                .toList();
    }

    /**
     * Loads the demo book with today as its last day, unless any demo person is already there.
     *
     * @return what was loaded, or empty when nothing was because the demo is already loaded
     * @throws IllegalStateException when a service refuses part of the book; what was loaded
     *         before stays, and {@link #erase()} removes it
     */
    public Optional<DemoSummary> load() {
        if (!present().isEmpty()) return Optional.empty();
        DemoTimeline timeline = new DemoTimeline(LocalDate.now(), book().seed());
        for (CadenceRule rule : book().cadenceRules()) health.setCadenceRule(rule, Origin.DEMO);

        Map<String, UUID> organisations = new HashMap<>();
        for (DemoBook.Company c : book().organisations()) {
            Organisation o = contacts.findOrganisationByName(c.name())
                    .orElseGet(() -> attempt("organisation \"" + c.key() + "\"", () -> contacts.createOrganisation(c.draft(), Origin.DEMO)));
            organisations.put(c.key(), o.id());
        }

        Map<String, UUID> people = new HashMap<>();
        Set<String> countries = new HashSet<>();
        Set<UUID> employers = new HashSet<>();
        for (DemoBook.Contact p : book().people()) {
            UUID organisation = p.org() == null ? null : organisations.get(p.org());
            Person created = attempt("person \"" + p.key() + "\"", () -> contacts.create(p.draft(organisation), Origin.DEMO));
            people.put(p.key(), created.id());
            if (p.country() != null) countries.add(p.country());
            if (organisation != null) employers.add(organisation);
        }

        int interactions = 0;
        int commitments = 0;
        int assessments = 0;
        for (DemoBook.Contact p : book().people()) {
            UUID id = people.get(p.key());
            String where = "history of \"" + p.key() + "\"";
            for (NewInteraction i : timeline.interactions(p)) {
                attempt(where, () -> relationships.logInteraction(id, i, Origin.DEMO));
                interactions++;
            }
            for (DemoBook.Promise c : p.commitments()) {
                attempt(where, () -> promise(id, c, timeline));
                commitments++;
            }
            for (DemoBook.Assessment a : p.trust()) {
                attempt(where, () -> relationships.assessTrust(id, a.openness(), a.competence(), a.respect(), a.rapport(), a.note(),
                        timeline.date(a.day()), Origin.DEMO));
                assessments++;
            }
        }
        for (DemoBook.Intro i : book().introductions()) {
            attempt("introduction of \"" + i.introduced() + "\"", () -> relationships.recordIntroduction(people.get(i.by()),
                    people.get(i.introduced()), i.to() == null ? null : people.get(i.to()), timeline.date(i.day()), i.note(), Origin.DEMO));
        }
        return Optional.of(new DemoSummary(people.size(), countries.size(), employers.size(), interactions, commitments,
                assessments, book().introductions().size(), book().cadenceRules().size()));
    }

    /**
     * Erases every demo person with their history, as a GDPR erasure would. Organisations and
     * cadence rules stay: people outside the demo may share them, and a new load reuses them.
     *
     * @return how many people were erased
     */
    public int erase() {
        List<Person> demo = present();
        for (Person p : demo) contacts.erase(p.id(), Origin.DEMO);
        return demo.size();
    }

    private Commitment promise(UUID personId, DemoBook.Promise c, DemoTimeline timeline) {
        Commitment made = relationships.promise(personId, new NewCommitment(c.what(), c.owedBy(), timeline.date(c.due())), Origin.DEMO);
        if (c.toldOn() != null) {
            made = change(made, new CommitmentChange.DelayCommunicated(timeline.date(c.toldOn()), timeline.date(c.newDue())));
        }
        if (c.done() != null) made = change(made, new CommitmentChange.Done(timeline.date(c.done())));
        if (c.cancelled()) made = change(made, new CommitmentChange.Cancelled());
        return made;
    }

    private Commitment change(Commitment c, CommitmentChange change) {
        return relationships.changeCommitment(c.id(), c.version(), change, Origin.DEMO);
    }

    /** Runs one write, naming the part of the book it came from if a service refuses it. */
    private static <T> T attempt(String where, Supplier<T> write) {
        try {
            return write.get();
        } catch (InvalidContactException | IllegalArgumentException e) {
            throw new IllegalStateException("the contact services refused the demo " + where + ": " + e.getMessage(), e);
        }
    }
}
