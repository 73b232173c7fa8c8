package io.meridian.contacts.internal.shell;

import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.ContactSummary;
import io.meridian.api.contacts.Organisation;
import io.meridian.api.contacts.Page;
import io.meridian.api.contacts.Person;
import io.meridian.api.shell.CommandException;
import io.meridian.support.shell.Tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Finds the person (or organisation) a command argument means: a full id; a prefix of an id of
 * at least 6 characters, as the lists print them; or a name, email or other text that matches
 * exactly one person. When a text matches several, the error lists them with their ids, so the
 * user can pick one.
 */
final class ContactRef {

    private static final Pattern ID_PREFIX = Pattern.compile("[0-9a-fA-F][0-9a-fA-F-]{5,35}");
    private static final int PAGE = 500;
    private static final int LISTED = 10;

    private final ContactService contacts;

    ContactRef(ContactService contacts) {
        this.contacts = contacts;
    }

    /** The person {@code ref} means; fails naming the candidates, or how to find the person. */
    Person person(String ref) {
        if (ref == null || ref.isBlank()) throw new CommandException("name a person: an id, the first 6+ characters of one, or a name");
        String text = ref.strip();
        UUID id = uuid(text);
        if (id != null) return byId(id);
        if (ID_PREFIX.matcher(text).matches()) {
            List<ContactSummary> byPrefix = idsStartingWith(text.toLowerCase(Locale.ROOT));
            if (byPrefix.size() == 1) return byId(byPrefix.get(0).id());
            if (byPrefix.size() > 1) throw ambiguous("id " + text, byPrefix, byPrefix.size());
        }
        Page<ContactSummary> found = contacts.search(new ContactQuery(text, null, null, null, null, null, ContactQuery.Sort.NAME,
                false, 0, PAGE));
        if (found.total() == 1) return byId(found.items().get(0).id());
        if (found.total() == 0) {
            throw new CommandException("no person matches \"" + text + "\": check the spelling, or find them with contacts:list TEXT"
                    + (text.contains(" ") ? "; quote an option's value when it has spaces" : ""));
        }
        List<ContactSummary> exact = found.items().stream().filter(s -> s.displayName().equalsIgnoreCase(text)).toList();
        if (exact.size() == 1) return byId(exact.get(0).id());
        throw ambiguous("\"" + text + "\"", exact.size() > 1 ? exact : found.items(), exact.size() > 1 ? exact.size() : found.total());
    }

    /** The organisation {@code ref} means: its id, its name ignoring case, or text in exactly one name. */
    Organisation organisation(String ref) {
        String text = ref.strip();
        UUID id = uuid(text);
        if (id != null) {
            return contacts.findOrganisation(id).orElseThrow(() -> new CommandException("no organisation " + id
                    + ": contacts:org list shows them all"));
        }
        Optional<Organisation> named = contacts.findOrganisationByName(text);
        if (named.isPresent()) return named.get();
        Page<Organisation> found = contacts.organisations(text, 0, LISTED);
        if (found.total() == 1) return found.items().get(0);
        if (found.total() == 0) {
            throw new CommandException("no organisation matches \"" + text + "\": contacts:org list shows them all,"
                    + " contacts:org add NAME creates one");
        }
        StringBuilder message = new StringBuilder("\"" + text + "\" matches " + found.total() + " organisations; name one exactly:");
        found.items().forEach(o -> message.append("\n  ").append(o.name()));
        throw new CommandException(message.toString());
    }

    /** A person or an organisation, for commands that accept either: ids of both, then an organisation's exact name, then a person. */
    Target personOrOrganisation(String ref) {
        String text = ref.strip();
        UUID id = uuid(text);
        if (id != null) {
            Optional<Organisation> organisation = contacts.findOrganisation(id);
            if (organisation.isPresent()) return new Target(id, organisation.get().name(), true);
            Person person = byId(id);
            return new Target(person.id(), person.displayName(), false);
        }
        Optional<Organisation> organisation = contacts.findOrganisationByName(text);
        if (organisation.isPresent()) return new Target(organisation.get().id(), organisation.get().name(), true);
        Person person = person(text);
        return new Target(person.id(), person.displayName(), false);
    }

    /** What a command that takes a person or an organisation was given. */
    record Target(UUID id, String name, boolean organisation) {
    }

    private Person byId(UUID id) {
        try {
            return contacts.get(id);
        } catch (ContactNotFoundException e) {
            throw new CommandException(e.getMessage() + (e.erased().isPresent() ? "" : " (contacts:list TEXT)"));
        }
    }

    private List<ContactSummary> idsStartingWith(String prefix) {
        List<ContactSummary> matches = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            Page<ContactSummary> page = contacts.search(new ContactQuery(null, null, null, null, null, null, ContactQuery.Sort.NAME,
                    false, offset, PAGE));
            page.items().stream().filter(s -> s.id().toString().startsWith(prefix)).forEach(matches::add);
            if (page.items().size() < PAGE) return matches;
        }
    }

    private static CommandException ambiguous(String what, List<ContactSummary> candidates, long total) {
        List<List<String>> rows = new ArrayList<>();
        for (ContactSummary s : candidates.subList(0, Math.min(LISTED, candidates.size()))) {
            rows.add(List.of(Text.shortId(s.id()), s.displayName(), Text.orDash(s.organisationName()), Text.orDash(s.country())));
        }
        String table = Tables.table(List.of("ID", "NAME", "ORGANISATION", "COUNTRY"), rows).stripTrailing();
        String more = total > rows.size() ? "\n  … and " + (total - rows.size()) + " more; narrow it down with contacts:list" : "";
        return new CommandException(what + " matches " + total + " people; give the id of the one you mean"
                + " (its first 8 characters are enough):\n" + table.indent(2).stripTrailing() + more);
    }

    private static UUID uuid(String text) {
        if (text.length() != 36) return null;
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
