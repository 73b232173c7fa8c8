package io.meridian.api.workbench;

import org.osgi.annotation.versioning.ConsumerType;

import java.util.List;

/**
 * A bundle's own account of what keeps it from doing its job, for the problems the framework
 * cannot see: a database that cannot be reached, a content file that does not parse. Register
 * one from the bundle concerned; {@code diag BUNDLE} and {@code GET /api/v1/health} show its
 * problems first, and {@code diag} of a bundle waiting for one of its services shows them too.
 */
@ConsumerType
public interface ProblemReport {

    /** What is wrong now, root cause first, each a sentence a person can act on; empty when all is well. */
    List<String> problems();
}
