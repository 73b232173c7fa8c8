package io.meridian.crm.internal.shell;

import io.meridian.api.contacts.ContactService;
import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import io.meridian.crm.internal.export.ContactsExport;
import io.meridian.support.shell.CommandOptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Locale;

/** {@code crm:export}: everyone in Meridian as JSON (which imports back) or CSV (for a spreadsheet). */
@Component(service = ExportCommands.class, property = {ShellCommand.SCOPE + "=crm", ShellCommand.FUNCTION + "=export"})
public final class ExportCommands {

    private static final String[] EXPORT = ("crm:export - write everyone in Meridian to a file\n"
            + "Usage: crm:export FILE [--format json|csv] [--force]\n"
            + "JSON holds every field and imports back with crm:import, matching the people by their Meridian id.\n"
            + "CSV is for spreadsheets: one row a person, lists joined by \" ::: \", cells that would run as\n"
            + "formulas made text. The file holds personal data: it is readable by you alone.\n"
            + "  --format=FORMAT            json (default) or csv\n"
            + "  -f --force                 replace FILE if it exists\n"
            + "  -? --help                  show this help\n"
            + "Example:\n"
            + "  crm:export /home/me/meridian-contacts.json").split("\n");

    private final ContactsExport export;

    @Activate
    public ExportCommands(@Reference ContactService contacts) {
        this.export = new ContactsExport(contacts, Clock.systemUTC());
    }

    public String export(String... args) throws IOException {
        CommandOptions opt = CommandOptions.parse(EXPORT, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, 1, "the FILE to write");
        String format = opt.isSet("format") ? opt.text("format").toLowerCase(Locale.ROOT) : "json";
        if (!format.equals("json") && !format.equals("csv")) throw new CommandException("--format " + format + ": use json or csv");
        Path file = Path.of(opt.operands().get(0)).toAbsolutePath();
        if (Files.exists(file) && !opt.isSet("force")) throw new CommandException(file + " exists: name another file, or add --force");
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new CommandException("no folder " + file.getParent() + ": create it first, or name a file in an existing folder");
        }
        // Written beside the target and moved into place, so that an interrupted export never leaves half a file under its name.
        Path partial = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".partial");
        long people;
        try {
            try {
                Files.setPosixFilePermissions(partial, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions apply
            }
            try (OutputStream out = Files.newOutputStream(partial)) {
                people = format.equals("json") ? export.json(out) : export.csv(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return "Exported " + people + (people == 1 ? " person" : " people") + " to " + file + " as " + format.toUpperCase(Locale.ROOT)
                + (format.equals("json") ? "; crm:import reads it back." : ".");
    }
}
