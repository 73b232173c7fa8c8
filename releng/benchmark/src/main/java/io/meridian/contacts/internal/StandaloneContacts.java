package io.meridian.contacts.internal;

import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.NameOrder;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.RelationshipService;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The contact services of the contacts bundle wired by hand on a {@link DataSource}, outside
 * OSGi, for the contacts benchmark (releng/benchmark): the same classes and SQL the bundle runs,
 * with a clock the benchmark moves. Lives in the bundle's package, on the plain class path, only
 * to reach the package-private constructor and the helpers the bundle writes rows with, so that
 * bulk-loaded rows hold exactly what the bundle would have written.
 */
public final class StandaloneContacts {

    private static final EventAdmin NO_EVENTS = new EventAdmin() {
        @Override
        public void postEvent(Event event) {
            // nobody listens outside the framework
        }

        @Override
        public void sendEvent(Event event) {
            // nobody listens outside the framework
        }
    };

    private final ContactStore store;
    private final HealthBook health;
    private final Relationships relationships;
    private final Contacts contacts;

    /** On a database whose contacts schema is current ({@link #migration()} applied). */
    public StandaloneContacts(DataSource dataSource, Clock clock) {
        store = new ContactStore(dataSource, NO_EVENTS, clock);
        health = new HealthBook(store);
        relationships = new Relationships(store);
        contacts = new Contacts(store, relationships, health);
    }

    public ContactService contacts() {
        return contacts;
    }

    /** {@link RelationshipService}: what the agenda reads every relationship through. */
    public RelationshipService relationships() {
        return relationships;
    }

    /** {@link io.meridian.api.contacts.RelationshipHealth}: {@code book()} computes every score and writes nothing. */
    public HealthBook health() {
        return health;
    }

    /** The daily refresh of the stored scores, as {@code HealthRefresh} runs it; returns the rows written. */
    public int refreshBook() {
        return RelationshipState.refreshBook(store.jdbc, store.clock);
    }

    /**
     * The statements {@code ContactService.search} runs for a query, each with all its parameters
     * (the count's cap, the page's limit and offset included).
     */
    public record SearchStatements(String count, List<Object> countArgs, long countCap, String page, List<Object> pageArgs) {
    }

    public static SearchStatements searchStatements(ContactQuery query, Instant now) {
        ContactSearch.Statements sql = ContactSearch.statements(query, now);
        return new SearchStatements(sql.count(), sql.countArgs(), sql.countCap(), sql.page(), sql.pageArgs());
    }

    /**
     * The reads of {@code RelationshipHealth.book()} in order (rules, the people carrying the
     * {@code ruleTags} rule tags, bound as parameters, every person's inputs, promises, trust).
     */
    public static List<String> healthReads(int ruleTags) {
        return RelationshipState.bookReads(ruleTags);
    }

    /** The statement that reads the names of a page's {@code organisations}. */
    public static String organisationsStatement(int organisations) {
        return ContactSearch.organisationsStatement(organisations);
    }

    /** The statement that reads the tags of a page of {@code people}. */
    public static String tagsStatement(int people) {
        return ContactSearch.tagsStatement(people);
    }

    /** The bundle's schema migrations, V1 onwards in order, from the bundle jar, as one script. */
    public static String migration() {
        StringBuilder all = new StringBuilder();
        for (String name : ContactStore.MIGRATION_FILES) {
            String resource = "/" + ContactStore.MIGRATIONS + "/" + name;
            try (InputStream in = ContactStore.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException(resource + " is not in the contacts bundle on the class path");
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource + " from the contacts bundle", e);
            }
        }
        return all.toString();
    }

    /** {@code person.display_name} as the bundle writes it. */
    public static String displayName(String given, String family, NameOrder order, String country) {
        return DisplayNames.display(given, family, order, country);
    }

    /** {@code person.display_key}: the sort key of a display name. */
    public static String key(String text) {
        return DisplayNames.key(text);
    }

    /** {@code person.search_key}, for a draft as the validator leaves it (tags lower case). */
    public static String searchKey(String displayName, PersonDraft draft, String organisationName) {
        return PersonRows.searchKey(displayName, draft, organisationName);
    }

    /** {@code person_attribute.item_key}. */
    public static String attributeKey(String kind, String label, String value) {
        return PersonRows.attributeKey(kind, label, value);
    }
}
