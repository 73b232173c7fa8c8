/**
 * Culture content: country profiles and knowledge-base articles.
 *
 * <p>A {@link io.meridian.api.culture.CountryProfile} places a country on the eight
 * {@link io.meridian.api.culture.Scale}s (each position with a note and its sources) and holds
 * the prose {@link io.meridian.api.culture.Section}s, gifts, phrases and sources; an
 * {@link io.meridian.api.culture.Article} covers one situation for countries, regions and topics.
 *
 * <p>Two ways to contribute: a bundle with no Java names its content folder in the
 * {@code Meridian-Content} manifest header and the culture bundle (an OSGi extender) reads it;
 * a Java bundle registers a {@link io.meridian.api.culture.CultureContribution} service.
 * The knowledge base tracks every contribution and indexes it, keyed by bundle and version.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package io.meridian.api.culture;
