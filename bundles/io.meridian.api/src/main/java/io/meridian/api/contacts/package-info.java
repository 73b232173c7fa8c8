/**
 * People a user does business with, and the relationship with each.
 *
 * <p>{@link io.meridian.api.contacts.ContactService} keeps people and organisations, finds them,
 * records every change in an audit history, exports one person's data and erases it on request.
 * {@link io.meridian.api.contacts.RelationshipService} records what happens between the user and
 * a person: interactions, commitments, trust assessments and introductions, and finds a warm
 * introduction path. {@link io.meridian.api.contacts.RelationshipHealth} scores each relationship
 * against its stay-in-touch cadence and says why.
 *
 * <p>Every change is posted on EventAdmin under {@link io.meridian.api.contacts.ContactEvents}.
 * Methods report bad input with {@link io.meridian.api.contacts.InvalidContactException} (one
 * message per field), a missing record with {@link io.meridian.api.contacts.ContactNotFoundException}
 * and a concurrent edit with {@link io.meridian.api.contacts.StaleEditException}.
 *
 * <p>Bulk writers (imports) apply a {@link io.meridian.api.contacts.ChangeBatch} in one transaction,
 * find existing people by many emails, phones or external ids at once, can revert a whole
 * change set later, and open a {@link io.meridian.api.contacts.BulkLoad} around a large load.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package io.meridian.api.contacts;
