package io.meridian.contacts.internal;

import io.meridian.support.jdbc.Jdbc;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.meridian.api.contacts.AuditEntry;
import io.meridian.api.contacts.ContactEvents;
import io.meridian.api.contacts.Origin;
import io.meridian.api.store.Database;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the contact services share: the migrated database, the clock, the audit history and the
 * events. Brings the contacts schema up to date before any service of this bundle starts.
 */
@Component(service = ContactStore.class)
public final class ContactStore {

    static final String MIGRATIONS = "db/contacts";
    /** The migrations in that folder, in the order the store applies them; tests and the benchmark apply them outside the framework. */
    static final java.util.List<String> MIGRATION_FILES = java.util.List.of("V1__contacts.sql", "V2__agenda.sql", "V3__work_days.sql",
            "V4__change_sets.sql");

    final Jdbc jdbc;
    final Clock clock;
    final ListIndexes lists;
    private final EventAdmin events;
    private Instant lastAudit = Instant.EPOCH;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Activate
    public ContactStore(BundleContext context, @Reference Database database, @Reference EventAdmin events) {
        this(migrated(database, context), events, Clock.systemDefaultZone());
    }

    /** On a database whose contacts schema is already current, with its own clock (for tests that let time pass). */
    ContactStore(DataSource dataSource, EventAdmin events, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.events = events;
        this.clock = clock;
        this.lists = new ListIndexes(jdbc);
    }

    private static DataSource migrated(Database database, BundleContext context) {
        database.migrate(context.getBundle(), MIGRATIONS);
        return database.dataSource();
    }

    /** Now, to the millisecond: both engines store microseconds, and a value must read back as written. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Now, but strictly after the previous audit entry written here, so that changes made
     * within one millisecond keep their order in the history.
     */
    private synchronized Instant auditInstant() {
        Instant now = now();
        lastAudit = now.isAfter(lastAudit) ? now : lastAudit.plusMillis(1);
        return lastAudit;
    }

    /** Today where the user is: due dates, "today" defaults and recency count in the workbench's time zone. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Records a change in the audit history, in the caller's transaction. */
    void audit(Connection c, String entity, UUID entityId, UUID personId, String action, Object before, Object after, Origin origin)
            throws SQLException {
        audit(c, entity, entityId, personId, action, before, after, origin, null, null);
    }

    /** Records a change made as part of a change set, and the version of the record it left. */
    void audit(Connection c, String entity, UUID entityId, UUID personId, String action, Object before, Object after, Origin origin,
               String changeSet, Long versionAfter) throws SQLException {
        Jdbc.update(c, "INSERT INTO audit_event (id, changed_at, entity, entity_id, person_id, action, before_json, after_json, origin,"
                + " change_set, version_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", TimeOrderedIds.next(), auditInstant(), entity,
                entityId, personId, action, toJson(before), toJson(after), origin, changeSet, versionAfter);
    }

    /** Records the creation of many people of a change set at once, in the caller's transaction. */
    void auditCreated(Connection c, List<Map.Entry<UUID, Object>> created, Origin origin, String changeSet) throws SQLException {
        if (created.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (id, changed_at, entity, entity_id, person_id, action,"
                + " before_json, after_json, origin, change_set, version_after) VALUES (?, ?, 'person', ?, ?, 'created', NULL, ?, ?, ?, 1)")) {
            for (Map.Entry<UUID, Object> e : created) {
                Jdbc.bind(ps, TimeOrderedIds.next(), auditInstant(), e.getKey(), e.getKey(), toJson(e.getValue()), origin, changeSet);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Reads back a record the audit history holds as JSON. */
    <T> T fromJson(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the audit history holds a " + type.getSimpleName() + " that cannot be read back: "
                    + e.getOriginalMessage(), e);
        }
    }

    List<AuditEntry> history(Connection c, UUID personId) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_event WHERE person_id = ? ORDER BY changed_at DESC, id")) {
            Jdbc.bind(ps, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(Jdbc.uuid(rs, "id"), Jdbc.instant(rs, "changed_at"), rs.getString("entity"),
                            Jdbc.uuid(rs, "entity_id"), Jdbc.uuid(rs, "person_id"), rs.getString("action"),
                            rs.getString("before_json"), rs.getString("after_json"), Origin.valueOf(rs.getString("origin"))));
                }
            }
        }
        return entries;
    }

    /** Posts an event once the change is committed. */
    void post(String topic, UUID personId, UUID entityId, Origin origin) {
        post(topic, personId, entityId, origin, Map.of());
    }

    void post(String topic, UUID personId, UUID entityId, Origin origin, Map<String, Object> more) {
        Map<String, Object> props = new HashMap<>(more);
        if (personId != null) props.put(ContactEvents.PERSON_ID, personId.toString());
        if (entityId != null) props.put(ContactEvents.ENTITY_ID, entityId.toString());
        props.put(ContactEvents.ORIGIN, origin.name());
        events.postEvent(new Event(topic, props));
    }

    private String toJson(Object value) {
        if (value == null) return null;
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record " + value.getClass().getSimpleName() + " in the audit history", e);
        }
    }
}
