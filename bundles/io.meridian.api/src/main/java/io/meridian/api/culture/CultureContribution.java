package io.meridian.api.culture;

import org.osgi.annotation.versioning.ConsumerType;

import java.util.List;

/**
 * Culture content contributed by a bundle. Register one as an OSGi service; the knowledge
 * base indexes it when it appears and removes it when it goes away.
 *
 * <p>Implementations return the same content for as long as the service is registered; to
 * change content, unregister and register again (or update the bundle).
 */
@ConsumerType
public interface CultureContribution {

    /** The country profiles this contribution provides; may be empty. */
    List<CountryProfile> profiles();

    /** The articles this contribution provides; may be empty. */
    List<Article> articles();
}
