package io.meridian.api.contacts;

import org.osgi.annotation.versioning.ProviderType;

import java.time.LocalDate;
import java.util.Objects;

/** What happened to a commitment: delivered, cancelled, or a delay told to the other side. */
@ProviderType
public sealed interface CommitmentChange {

    /** Delivered on {@code on}. */
    record Done(LocalDate on) implements CommitmentChange {
        public Done {
            Objects.requireNonNull(on, "on");
        }
    }

    /** No longer expected. */
    record Cancelled() implements CommitmentChange {
    }

    /** The other side was told on {@code on} that it will come by {@code newDue} instead. */
    record DelayCommunicated(LocalDate on, LocalDate newDue) implements CommitmentChange {
        public DelayCommunicated {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(newDue, "newDue");
        }
    }
}
