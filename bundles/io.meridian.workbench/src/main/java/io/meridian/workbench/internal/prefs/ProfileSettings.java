package io.meridian.workbench.internal.prefs;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/io.meridian.workbench.profile.cfg}: who the user is, for the views' defaults. */
@ObjectClassDefinition(name = "You",
        description = "Your own country, time zone and working hours. The agenda, the meeting planner and the culture "
                + "briefs start from these; each view can still be changed for one question.")
public @interface ProfileSettings {

    @AttributeDefinition(name = "Home country", description = "Two-letter ISO code, e.g. DE. Briefs compare a partner's "
            + "culture with this one; empty compares with no country in particular")
    String homeCountry() default "";

    @AttributeDefinition(name = "Time zone", description = "An IANA time zone such as Europe/Berlin; empty means this "
            + "computer's zone")
    String timeZone() default "";

    @AttributeDefinition(name = "Working hours", description = "When you work, e.g. 09:00-17:30, or Mon-Thu 08:00-18:00")
    String workingHours() default "09:00-17:00";
}
