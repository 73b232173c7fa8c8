/**
 * Holiday calendars and work weeks.
 *
 * <p>Region bundles register {@link io.meridian.api.calendar.HolidayCalendar} and
 * {@link io.meridian.api.calendar.WorkWeekProvider} services (or declare rules as content);
 * the calendar bundle tracks them all, dynamically, and answers through
 * {@link io.meridian.api.calendar.HolidayService}, which the meeting planner and agenda use.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.meridian.api.calendar;
