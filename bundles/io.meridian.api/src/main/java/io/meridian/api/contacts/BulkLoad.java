package io.meridian.api.contacts;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A load of many new people under way, from {@link ContactService#bulkLoad(long)}. Whoever
 * opened it finishes it, whatever the outcome, unless the workbench is stopping: the contacts
 * service then completes it by itself later.
 */
@ProviderType
public interface BulkLoad {

    /** Whether the book set its list indexes aside for this load (they come back when it finishes). */
    boolean indexesSetAside();

    /**
     * Ends the load. Indexes set aside are built again, in one pass, once no other load runs;
     * that takes a few seconds per hundred thousand people. Finishing twice does nothing more.
     */
    void finish();
}
