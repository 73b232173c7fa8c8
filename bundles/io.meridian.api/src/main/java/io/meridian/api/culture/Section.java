package io.meridian.api.culture;

/** The prose sections of a {@link CountryProfile}, each written in Markdown. */
public enum Section {

    /** Greetings and forms of address: handshakes, bows, titles, first names or family names. */
    GREETINGS("greetings", "Greetings and forms of address"),
    /** Meetings: punctuality, agendas, who speaks, small talk, follow-up. */
    MEETINGS("meetings", "Meetings"),
    /** Negotiation: pace, first offers, silence, what a yes means. */
    NEGOTIATION("negotiation", "Negotiation"),
    /** Decision making: who decides, how long it takes, how to tell it has been made. */
    DECISION_MAKING("decision-making", "Decision making"),
    /** Dining: invitations, seating, toasts, paying, what to avoid. */
    DINING("dining", "Dining"),
    /** Preferred channels: email, phone, messaging apps, letters, in person; what each is used for. */
    PREFERRED_CHANNELS("preferred-channels", "Preferred channels");

    private final String id;
    private final String title;

    Section(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The id used in content files and URLs: {@code "decision-making"}. */
    public String id() {
        return id;
    }

    /** The heading shown above it. */
    public String title() {
        return title;
    }

    /** The section with this {@link #id()}, ignoring case; {@code null} if there is none. */
    public static Section byId(String id) {
        for (Section s : values()) {
            if (s.id.equalsIgnoreCase(id)) return s;
        }
        return null;
    }
}
