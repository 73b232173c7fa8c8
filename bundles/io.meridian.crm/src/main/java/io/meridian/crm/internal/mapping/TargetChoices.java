package io.meridian.crm.internal.mapping;

import java.util.List;

/**
 * The targets a person may pick for a column, named in their words and grouped, for the
 * workbench's mapping table: every {@link Target.Field} a mapping accepts, with the usual labels
 * of emails and phones spelled out. A custom field takes the column's own name, so it is
 * offered as {@code "custom:"}, to be completed with it.
 */
public final class TargetChoices {

    /**
     * One entry of the list.
     *
     * @param spec what a mapping writes ({@code "email:work"}), or {@code "custom:"} to be followed by the column's name
     * @param name for people ({@code "Email (work)"})
     * @param group the heading it is listed under
     */
    public record Choice(String spec, String name, String group) {
    }

    private static final String NAME = "Name";
    private static final String WORK = "Work";
    private static final String REACH = "Reaching them";
    private static final String PLACE = "Place and time";
    private static final String MORE = "Other";
    private static final String MERIDIAN = "Meridian settings";
    private static final String KEEP = "Keep or leave out";

    private static final List<Choice> ALL = List.of(
            new Choice("name", "Full name (split as their culture writes it)", NAME),
            new Choice("givenName", "Given name", NAME),
            new Choice("middleName", "Middle name", NAME),
            new Choice("familyName", "Family name", NAME),
            new Choice("prefix", "Name prefix (Dr., Mr)", NAME),
            new Choice("suffix", "Name suffix (Jr., OBE)", NAME),
            new Choice("nameOrder", "Name order (given or family first)", NAME),
            new Choice("organisation", "Organisation", WORK),
            new Choice("title", "Job title", WORK),
            new Choice("owner", "Owner (who looks after them)", WORK),
            new Choice("email", "Email", REACH),
            new Choice("email:work", "Email (work)", REACH),
            new Choice("email:home", "Email (home)", REACH),
            new Choice("email:other", "Email (other)", REACH),
            new Choice("phone", "Phone", REACH),
            new Choice("phone:mobile", "Phone (mobile)", REACH),
            new Choice("phone:work", "Phone (work)", REACH),
            new Choice("phone:home", "Phone (home)", REACH),
            new Choice("preferredChannels", "Preferred channels", REACH),
            new Choice("language", "Languages", REACH),
            new Choice("country", "Country", PLACE),
            new Choice("region", "Region or state", PLACE),
            new Choice("subdivision", "Subdivision (ISO code, DE-BY)", PLACE),
            new Choice("city", "City", PLACE),
            new Choice("timeZone", "Time zone", PLACE),
            new Choice("workingHours", "Working hours", PLACE),
            new Choice("birthday", "Birthday", MORE),
            new Choice("notes", "Notes", MORE),
            new Choice("tags", "Tags", MORE),
            new Choice("externalId", "Id in the system it comes from", MORE),
            new Choice("meridianId", "Meridian id (from a Meridian export)", MORE),
            new Choice("cadenceDays", "Stay in touch every … days", MERIDIAN),
            new Choice("inPersonCadenceDays", "Meet in person every … days", MERIDIAN),
            new Choice("custom:", "Custom field (named after the column)", KEEP),
            new Choice("ignore", "Leave out (not imported)", KEEP));

    private TargetChoices() {
    }

    /** Every choice, in the order and groups a person reads them. */
    public static List<Choice> all() {
        return ALL;
    }
}
