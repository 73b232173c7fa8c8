package io.meridian.contacts.internal;

import io.meridian.support.jdbc.Jdbc;
import io.meridian.api.contacts.CadenceRule;
import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.contacts.Health;
import io.meridian.api.contacts.InvalidContactException;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.RelationshipHealth;
import io.meridian.api.store.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link RelationshipHealth}: scores and cadence rules. Health is computed when asked for; the
 * scores stored for the lists' health order are kept current by {@link HealthRefresh}.
 */
@Component(service = RelationshipHealth.class)
public final class HealthBook implements RelationshipHealth {

    private static final Logger LOG = Logger.getLogger("io.meridian.contacts");

    private final ContactStore store;

    @Activate
    public HealthBook(@Reference ContactStore store) {
        this.store = store;
    }

    @Override
    public Health health(UUID personId) {
        return store.jdbc.inTransaction(c -> {
            Relationships.requirePerson(c, personId);
            return RelationshipState.refresh(c, personId, store.clock);
        });
    }

    @Override
    public Map<UUID, Health> book() {
        return store.jdbc.inTransaction(c -> RelationshipState.book(c, store.clock));
    }

    @Override
    public List<CadenceRule> cadenceRules() {
        return store.jdbc.read(c -> new ArrayList<>(RelationshipState.rules(c).values()));
    }

    @Override
    public CadenceRule setCadenceRule(CadenceRule rule, Origin origin) {
        String tag = rule.tag().equals(CadenceRule.DEFAULT) ? CadenceRule.DEFAULT : rule.tag().strip().toLowerCase(Locale.ROOT);
        if (tag.length() > 100) throw new InvalidContactException(Map.of("tag", "a tag has at most 100 characters"));
        CadenceRule stored = new CadenceRule(tag, rule.days(), rule.inPersonDays());
        store.jdbc.inTransaction(c -> {
            CadenceRule before = RelationshipState.rules(c).get(tag);
            if (before == null) {
                Jdbc.update(c, "INSERT INTO cadence_rule (tag, days, in_person_days) VALUES (?, ?, ?)", tag, rule.days(), rule.inPersonDays());
            } else {
                Jdbc.update(c, "UPDATE cadence_rule SET days = ?, in_person_days = ? WHERE tag = ?", rule.days(), rule.inPersonDays(), tag);
            }
            store.audit(c, "cadence", null, null, before == null ? "created" : "updated", before, stored, origin);
            return null;
        });
        rederive();
        return stored;
    }

    @Override
    public void removeCadenceRule(String tag, Origin origin) {
        if (CadenceRule.DEFAULT.equals(tag)) {
            throw new InvalidContactException(Map.of("tag", "the default rule cannot be removed; change its days instead"));
        }
        String key = tag.strip().toLowerCase(Locale.ROOT);
        store.jdbc.inTransaction(c -> {
            CadenceRule before = RelationshipState.rules(c).get(key);
            if (before == null) throw new ContactNotFoundException("no cadence rule for tag " + key);
            Jdbc.update(c, "DELETE FROM cadence_rule WHERE tag = ?", key);
            store.audit(c, "cadence", null, null, "deleted", before, null, origin);
            return null;
        });
        rederive();
    }

    /**
     * After a rule changed: due dates and scores of everyone it touches, written as the daily
     * refresh writes them, a batch to a transaction, so that no edit waits on one long lock. If
     * the workbench stops half-way, the refresh at the next start finishes the job.
     */
    private void rederive() {
        try {
            RelationshipState.refreshBook(store.jdbc, store.clock);
        } catch (StoreException e) {
            // The rule itself is saved; saying the change failed would be wrong.
            LOG.log(Level.WARNING, "the cadence rule is saved, but re-deriving due dates and scores failed (" + e.getMessage()
                    + "); they are derived again when the workbench next starts or the day changes", e);
        }
    }
}
