package io.meridian.contacts.internal.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.meridian.api.contacts.AuditEntry;
import io.meridian.api.contacts.ContactExport;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.Tombstone;
import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import io.meridian.support.shell.Tables;
import io.meridian.support.shell.CommandOptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code contacts:export|erase|history}: what is held about a person, and the right to have it erased. */
@Component(service = PrivacyCommands.class, property = {
        ShellCommand.SCOPE + "=contacts",
        ShellCommand.FUNCTION + "=export", ShellCommand.FUNCTION + "=erase", ShellCommand.FUNCTION + "=history"})
public final class PrivacyCommands {

    private static final String[] EXPORT = {
            "contacts:export - everything held about a person as JSON, e.g. to answer a data access request",
            "Usage: contacts:export PERSON [--out FILE] [--force]",
            "PERSON is an id, its first 6+ characters, or a name or email that matches one person.",
            "The export holds the person, their organisation, interactions, commitments, trust, introductions,",
            "health and the history of changes. The workbench writes FILE, so give an absolute path.",
            "  --out=FILE                 write to FILE, readable by you alone; default: print it",
            "  -f --force                 replace FILE if it exists",
            "  -? --help                  show this help",
            "Example:",
            "  contacts:export \"Anna Schmidt\" --out /home/me/anna-schmidt.json"};
    private static final String[] ERASE = {
            "contacts:erase - erase a person and all personal data about them, for good",
            "Usage: contacts:erase PERSON --yes",
            "PERSON is an id, its first 6+ characters, or a name or email that matches one person.",
            "Erases their interactions, commitments, trust, the introductions they were introduced in and",
            "their history of changes. Introductions they made to others stay, without them. Only a",
            "tombstone remains: their id, and when the erasure happened. Without --yes, says what would go.",
            "  --yes                      really erase",
            "  -? --help                  show this help",
            "Example:",
            "  contacts:erase 3f2a9c1e --yes"};
    private static final String[] HISTORY = {
            "contacts:history - every recorded change to a person and their records, newest first",
            "Usage: contacts:history PERSON [--limit N] [--full]",
            "PERSON is an id, its first 6+ characters, or a name or email that matches one person.",
            "  --limit=N                  show the newest N changes, 1 to 10000; default: 50",
            "  --full                     print each change's record before and after, as JSON",
            "  -? --help                  show this help",
            "Example:",
            "  contacts:history \"Anna Schmidt\" --limit 10"};

    private final ContactService contacts;
    private final ContactRef refs;
    private final Clock clock = Clock.systemDefaultZone();
    /** The time module is registered by hand: Jackson's module discovery uses ServiceLoader, which does not see across bundles. */
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @Activate
    public PrivacyCommands(@Reference ContactService contacts) {
        this.contacts = contacts;
        this.refs = new ContactRef(contacts);
    }

    public String export(String... args) {
        CommandOptions opt = CommandOptions.parse(EXPORT, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, Integer.MAX_VALUE, "the PERSON to export");
        Person person = refs.person(opt.joinedOperands());
        ContactExport export = ServiceErrors.call(person.displayName(), Map.of(), () -> contacts.export(person.id()));
        String text;
        try {
            text = json.writeValueAsString(export) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the export of " + person.id() + " as JSON", e);
        }
        if (!opt.isSet("out")) return text;
        Path file = Path.of(opt.text("out")).toAbsolutePath();
        write(file, text, opt.isSet("force"));
        return "Exported " + person.displayName() + " to " + file + ": " + counts(export);
    }

    public String erase(String... args) {
        CommandOptions opt = CommandOptions.parse(ERASE, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, Integer.MAX_VALUE, "the PERSON to erase");
        Person person = refs.person(opt.joinedOperands());
        ContactExport held = ServiceErrors.call(person.displayName(), Map.of(), () -> contacts.export(person.id()));
        String what = person.displayName() + (person.organisationName() == null ? "" : " (" + person.organisationName() + ")")
                + ", id " + person.id() + ", and what is held about them: " + counts(held);
        if (!opt.isSet("yes")) {
            throw new CommandException("not erased: this would erase " + what + ". It cannot be undone; export the data first"
                    + " with contacts:export if it is needed. Add --yes to erase.");
        }
        Tombstone tombstone = ServiceErrors.call(person.displayName(), Map.of(), () -> contacts.erase(person.id(), Origin.SHELL));
        return "Erased " + what + ". Only a tombstone remains: the id and the time, " + Text.dateTime(tombstone.erasedAt(), clock.getZone())
                + ". Backups made before now still hold their data: delete those, or erase them again after restoring one.";
    }

    public String history(String... args) {
        CommandOptions opt = CommandOptions.parse(HISTORY, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, Integer.MAX_VALUE, "the PERSON whose history to show");
        Person person = refs.person(opt.joinedOperands());
        int limit = opt.number("limit", 1, 10_000, 50);
        List<AuditEntry> all = ServiceErrors.call(person.displayName(), Map.of(), () -> contacts.history(person.id()));
        List<AuditEntry> shown = all.subList(0, Math.min(limit, all.size()));
        StringBuilder text = new StringBuilder();
        if (opt.isSet("full")) {
            for (AuditEntry e : shown) {
                text.append(Text.dateTime(e.at(), clock.getZone())).append("  ").append(e.origin().name().toLowerCase(Locale.ROOT))
                        .append("  ").append(e.entity()).append(' ').append(e.action()).append('\n');
                if (e.before() != null) text.append("  before: ").append(e.before()).append('\n');
                if (e.after() != null) text.append("  after:  ").append(e.after()).append('\n');
            }
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (AuditEntry e : shown) {
                rows.add(List.of(Text.dateTime(e.at(), clock.getZone()), e.origin().name().toLowerCase(Locale.ROOT), e.entity(),
                        e.action(), Tables.truncate(String.join(", ", AuditChanges.changedFields(e.before(), e.after())), 60)));
            }
            text.append(Tables.table(List.of("WHEN", "FROM", "RECORD", "ACTION", "CHANGED"), rows));
        }
        text.append(shown.size() < all.size() ? "Newest " + shown.size() + " of " + all.size() + " changes; --limit shows more."
                : Text.count(all.size(), "change.", "changes."));
        return text.toString();
    }

    private static String counts(ContactExport e) {
        return Text.count(e.interactions().size(), "interaction", "interactions") + ", "
                + Text.count(e.commitments().size(), "commitment", "commitments") + ", "
                + Text.count(e.trust().size(), "trust assessment", "trust assessments") + ", "
                + Text.count(e.introductions().size(), "introduction", "introductions") + ", "
                + Text.count(e.history().size(), "history entry", "history entries");
    }

    /** Writes the file readable by its owner alone where the file system allows, since it holds personal data. */
    private static void write(Path file, String text, boolean replace) {
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new CommandException("no folder " + file.getParent() + ": create it first, or name a file in an existing folder");
        }
        try {
            if (replace) Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new CommandException(file + " exists: name another file, or add --force to replace it");
        } catch (IOException e) {
            throw new CommandException("cannot write " + file + ": " + e.getMessage() + "; check the folder's permissions and free space", e);
        }
    }
}
