/**
 * Normalisation of the values an import reads: countries, email addresses, phone numbers, time
 * zones, personal names and birthdays, each turned into the form the contacts bundle stores, or
 * refused with a reason. The classes keep no per-import state and are safe to share between
 * threads; the tables they read are under {@code normalise/} in the bundle's resources.
 */
package io.meridian.crm.internal.normalise;
