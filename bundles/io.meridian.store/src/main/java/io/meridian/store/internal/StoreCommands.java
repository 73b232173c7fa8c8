package io.meridian.store.internal;

import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import io.meridian.api.store.Database;
import io.meridian.api.store.Migration;
import io.meridian.api.store.StoreException;
import org.jline.builtins.Options;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** {@code store:info|backup|restore}: where the data is, and copies of it. */
@Component(service = StoreCommands.class, property = {
        ShellCommand.SCOPE + "=store",
        ShellCommand.FUNCTION + "=info", ShellCommand.FUNCTION + "=backup", ShellCommand.FUNCTION + "=restore"})
public final class StoreCommands {

    private static final String[] INFO = {
            "store:info - where Meridian keeps its data, and the schema version of each bundle",
            "Usage: store:info",
            "  -? --help                show this help"};
    private static final String[] BACKUP = {
            "store:backup - write a consistent copy of all data to FILE while Meridian runs",
            "Usage: store:backup [OPTIONS] FILE",
            "The copy can be restored into the embedded database or a PostgreSQL server.",
            "  -f --force               replace FILE if it exists",
            "  -? --help                show this help"};
    private static final String[] RESTORE = {
            "store:restore - replace all data with the contents of a backup FILE",
            "Usage: store:restore [OPTIONS] FILE",
            "Everything written since the backup is replaced; take a backup first if in doubt.",
            "The restore happens in one transaction: if it fails, nothing changes. The bundles that",
            "use the database stop for it and start again afterwards.",
            "  -? --help                show this help"};

    private final DatabaseOpener opener;
    private final EventAdmin events;

    @Activate
    public StoreCommands(@Reference DatabaseOpener opener, @Reference EventAdmin events) {
        this.opener = opener;
        this.events = events;
    }

    public String info(String... args) {
        Options opt = parse(INFO, args, 0);
        if (opt.isSet("help")) return opt.usage();
        OpenDatabase db = opener.database();
        StringBuilder text = new StringBuilder("Database: ").append(opener.status()).append('\n');
        if (db != null) {
            text.append(String.format("%-32s %7s  %s%n", "SCHEMA OF", "VERSION", "LAST MIGRATION"));
            Map<String, Migration> newest = new TreeMap<>();
            for (Migration m : db.history()) newest.put(m.owner(), m);
            newest.values().forEach(m -> text.append(String.format("%-32s %7d  %s%n", m.owner(), m.version(), m.description())));
        }
        return text.toString();
    }

    public String backup(String... args) {
        Options opt = parse(BACKUP, args, 1);
        if (opt.isSet("help")) return opt.usage();
        Path file = Path.of(opt.args().get(0)).toAbsolutePath();
        if (Files.exists(file) && !opt.isSet("force")) {
            throw new CommandException(file + " exists: name another file, or add --force to replace it");
        }
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new CommandException("no folder " + file.getParent() + ": create it first, or name a file in an existing folder");
        }
        Backups.Summary summary = run(() -> Backups.backup(open(), file));
        return "Backed up " + summary.rows() + " rows of " + summary.rowsPerTable().size() + " tables to " + file;
    }

    public String restore(String... args) {
        Options opt = parse(RESTORE, args, 1);
        if (opt.isSet("help")) return opt.usage();
        Path file = Path.of(opt.args().get(0)).toAbsolutePath();
        Backups.Summary summary = run(() -> opener.withoutUsers(db -> Backups.restore(db, file)));
        events.postEvent(new Event(Database.TOPIC_RESTORED, Map.of("file", file.toString())));
        return "Restored " + summary.rows() + " rows of " + summary.rowsPerTable().size() + " tables from " + file;
    }

    private OpenDatabase open() {
        OpenDatabase db = opener.database();
        if (db == null) throw new CommandException("the database is not open: " + opener.status());
        return db;
    }

    private static <T> T run(Supplier<T> action) {
        try {
            return action.get();
        } catch (StoreException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    private static Options parse(String[] usage, String[] args, int operands) {
        Options opt;
        try {
            opt = Options.compile(usage).parse(args);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage() + "; '" + usage[1].substring("Usage: ".length()).split(" ")[0] + " --help' shows the options");
        }
        if (!opt.isSet("help") && opt.args().size() != operands) {
            throw new CommandException(usage[1] + (operands == 0 ? " takes no arguments" : " needs exactly " + operands + " FILE")
                    + "; add --help for details");
        }
        return opt;
    }
}
