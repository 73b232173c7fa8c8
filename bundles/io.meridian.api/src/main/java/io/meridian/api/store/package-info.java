/**
 * The database every bundle shares.
 *
 * <p>{@link io.meridian.api.store.Database} is registered by the store bundle once the
 * configured database is open: an embedded H2 file under the data folder by default, or an
 * existing PostgreSQL server in team mode. A bundle that keeps data ships its schema as
 * numbered SQL files and asks the database to bring it up to date before it uses it:
 *
 * <pre>{@code
 * @Activate
 * public ContactStore(BundleContext context, @Reference Database database) {
 *     database.migrate(context.getBundle(), "db/contacts");
 * }
 * }</pre>
 *
 * <p>Migration files are named {@code V<number>__<description>.sql} and hold statements
 * separated by {@code ;} at the end of a line. Write SQL that both H2 and PostgreSQL accept;
 * where they differ, ship {@code V3__x.h2.sql} and {@code V3__x.postgresql.sql} side by side.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.meridian.api.store;
