package io.meridian.contacts.internal;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the stored health scores, which the lists sort by, current as the days pass: recency
 * decays with the calendar alone. Re-derives the whole book in the background half a minute
 * after the workbench starts (so as not to compete with the start itself) and again whenever
 * the user's date has changed since the last run, checked every few minutes (a clock that jumps or a laptop that slept past midnight is noticed too).
 * Nobody waits for it: until it has run, the lists sort by the previous day's scores.
 */
@Component(immediate = true)
public final class HealthRefresh {

    private static final Logger LOG = Logger.getLogger("io.meridian.contacts");
    static final long CHECK_MINUTES = 5;
    static final long FIRST_CHECK_SECONDS = 30;

    private final Supplier<ContactStore> store;
    /** Taken at the first check, then kept. */
    private ContactStore contactStore;
    private final ScheduledExecutorService timer;
    private LocalDate refreshedOn;

    /**
     * Takes the contact store only when the first check runs: this component starts with the
     * workbench, and the store's activation (the schema check against the database) is then not
     * part of the start-up.
     */
    @Activate
    public HealthRefresh(@Reference ComponentServiceObjects<ContactStore> store) {
        this(store::getService, true);
    }

    /** Without {@code start}, nothing runs until a test calls {@link #refreshIfNewDay()}. */
    HealthRefresh(Supplier<ContactStore> store, boolean start) {
        this.store = store;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "meridian-health-refresh");
            t.setDaemon(true);
            return t;
        });
        if (start) timer.scheduleWithFixedDelay(this::refreshIfNewDay, FIRST_CHECK_SECONDS, CHECK_MINUTES * 60, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    /** The list indexes an import left out when the workbench stopped during it come back at a check. */
    private static void repairListIndexes(ContactStore store) {
        try {
            store.lists.repairIfMissing();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not build the people lists' indexes again (tried again in " + CHECK_MINUTES
                    + " minutes; lists work meanwhile, more slowly): " + e.getMessage(), e);
        }
    }

    /** Re-derives the book unless that was done today already; says whether it ran and succeeded. */
    synchronized boolean refreshIfNewDay() {
        if (contactStore == null) contactStore = store.get();
        ContactStore store = contactStore;
        repairListIndexes(store);
        LocalDate today = store.today();
        if (today.equals(refreshedOn)) return false;
        try {
            long start = System.nanoTime();
            int written = RelationshipState.refreshBook(store.jdbc, store.clock);
            refreshedOn = today;
            LOG.info(() -> "health scores refreshed for " + today + ": " + written + " changed, in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
            return true;
        } catch (RuntimeException e) {
            // Tried again at the next check; the lists meanwhile sort by the scores stored before.
            LOG.log(Level.WARNING, "could not refresh the health scores (tried again in " + CHECK_MINUTES
                    + " minutes): " + e.getMessage(), e);
            return false;
        }
    }
}
