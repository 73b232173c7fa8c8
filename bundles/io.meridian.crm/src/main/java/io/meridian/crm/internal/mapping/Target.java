package io.meridian.crm.internal.mapping;

/**
 * Where a column's values go: a field of the person, with a label for emails and phones, a
 * custom field of a given name, or nowhere.
 *
 * @param field the field
 * @param label the email or phone label ({@code "work"}), or the custom field's name
 * @param labelColumn the column that holds each row's label (Google's "E-mail 1 - Label"), or null
 */
public record Target(Field field, String label, String labelColumn) {

    /** The fields a column can fill, by the name users write in a mapping. */
    public enum Field {
        GIVEN_NAME("givenName"), MIDDLE_NAME("middleName"), FAMILY_NAME("familyName"), NAME("name"), PREFIX("prefix"),
        SUFFIX("suffix"), ORGANISATION("organisation"), TITLE("title"), EMAIL("email"), PHONE("phone"), COUNTRY("country"),
        REGION("region"), CITY("city"), TIME_ZONE("timeZone"), LANGUAGE("language"), BIRTHDAY("birthday"), NOTES("notes"),
        TAGS("tags"), EXTERNAL_ID("externalId"), OWNER("owner"), CUSTOM("custom"), IGNORE("ignore"),
        NAME_ORDER("nameOrder"), SUBDIVISION("subdivision"), CHANNELS("preferredChannels"), WORKING_HOURS("workingHours"),
        CADENCE("cadenceDays"), IN_PERSON_CADENCE("inPersonCadenceDays"),
        /** the person's id in Meridian, as its own export writes it */
        MERIDIAN_ID("meridianId"),
        /** the label of another column's email or phone: read with it */
        LABEL("label");

        final String spec;

        Field(String spec) {
            this.spec = spec;
        }

        public String spec() {
            return spec;
        }
    }

    public static Target of(Field field) {
        return new Target(field, null, null);
    }

    public static Target custom(String name) {
        return new Target(Field.CUSTOM, name, null);
    }

    /**
     * Reads a target as a mapping writes it: {@code "givenName"}, {@code "email:work"},
     * {@code "custom:Lead Status"}, {@code "ignore"}; field names ignore case.
     *
     * @throws IllegalArgumentException naming the known targets
     */
    public static Target parse(String spec) {
        String s = spec == null ? "" : spec.strip();
        int colon = s.indexOf(':');
        String name = colon < 0 ? s : s.substring(0, colon);
        String label = colon < 0 ? null : s.substring(colon + 1).strip();
        for (Field f : Field.values()) {
            if (f != Field.LABEL && f.spec.equalsIgnoreCase(name) || name.equalsIgnoreCase("organization") && f == Field.ORGANISATION) {
                if (f == Field.CUSTOM && (label == null || label.isEmpty())) {
                    throw new IllegalArgumentException("\"" + spec + "\": a custom field needs a name, as in custom:Lead Status");
                }
                boolean labelled = f == Field.EMAIL || f == Field.PHONE || f == Field.CUSTOM || f == Field.EXTERNAL_ID;
                if (label != null && !labelled) {
                    throw new IllegalArgumentException("\"" + spec + "\": only email, phone, custom and externalId take a label"
                            + " after the colon");
                }
                return new Target(f, label == null || label.isEmpty() ? null : label, null);
            }
        }
        throw new IllegalArgumentException("\"" + spec + "\" is not a field: use givenName, middleName, familyName, name, prefix,"
                + " suffix, organisation, title, email[:label], phone[:label], country, region, city, timeZone, language,"
                + " birthday, notes, tags, externalId[:system], owner, nameOrder, subdivision, preferredChannels, workingHours,"
                + " cadenceDays, inPersonCadenceDays, meridianId, custom:NAME or ignore");
    }

    /** How a mapping writes this target. */
    public String spec() {
        if (field == Field.LABEL) return "label of " + label;
        return label == null ? field.spec : field.spec + ":" + label;
    }

    Target withLabelColumn(String column) {
        return new Target(field, label, column);
    }

    @Override
    public String toString() {
        return spec();
    }
}
