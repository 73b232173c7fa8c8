package io.meridian.api.contacts;

import java.time.LocalDate;
import java.util.Objects;

/** A promise to record: what, who owes it, and by when. */
public record NewCommitment(String what, Party owedBy, LocalDate due) {
    public NewCommitment {
        Objects.requireNonNull(owedBy, "owedBy");
        Objects.requireNonNull(due, "due");
    }
}
