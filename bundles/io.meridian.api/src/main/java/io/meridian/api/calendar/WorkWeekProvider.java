package io.meridian.api.calendar;

import org.osgi.annotation.versioning.ConsumerType;

import java.util.List;

/** Work weeks for one or more countries. Register as an OSGi service. */
@ConsumerType
public interface WorkWeekProvider {

    /** Every work week this provider knows, oldest effective date first per country. */
    List<WorkWeek> workWeeks();
}
