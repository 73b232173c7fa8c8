package io.meridian.api.contacts;

import java.time.Instant;
import java.util.List;

/** Everything Meridian holds about one person, for a GDPR access request. */
public record ContactExport(Instant exportedAt, Person person, Organisation organisation, List<Interaction> interactions,
                            List<Commitment> commitments, List<TrustAssessment> trust, List<Introduction> introductions,
                            Health health, List<AuditEntry> history) {
}
