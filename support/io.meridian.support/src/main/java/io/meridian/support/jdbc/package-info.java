/** Transactions and JDBC type conversions shared by the bundles that keep tables, the same on H2 and PostgreSQL. */
package io.meridian.support.jdbc;
