/**
 * Culture content: country profiles and knowledge-base articles.
 *
 * <p>Two ways to contribute: a bundle with no Java names its content folder in the
 * {@code Meridian-Content} manifest header and the culture bundle (an OSGi extender) reads it;
 * a Java bundle registers a {@link io.meridian.api.culture.CultureContribution} service.
 * The knowledge base tracks every contribution and indexes it, keyed by bundle and version.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.meridian.api.culture;
