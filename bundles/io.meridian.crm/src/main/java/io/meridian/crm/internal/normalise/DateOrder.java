package io.meridian.crm.internal.normalise;

/**
 * The order in which a source writes day, month and year, for dates whose numbers alone do not
 * say it: 04/05/1980 is the 4th of May in most of the world and April 5th in the United States.
 * Chosen per import, from the user or the export's locale.
 */
public enum DateOrder {
    DAY_MONTH_YEAR,
    MONTH_DAY_YEAR,
    /** Year first, then month, then day, as in China, Japan, Korea and Hungary; 04/05/1980 is then read month first. */
    YEAR_MONTH_DAY
}
