package io.meridian.contacts.internal.shell;

import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import io.meridian.contacts.internal.demo.DemoData;
import io.meridian.contacts.internal.demo.DemoSummary;
import io.meridian.support.shell.CommandOptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.Optional;

/** {@code contacts:demo}: fill the contact book with invented people, to try Meridian without real data. */
@Component(service = DemoCommand.class, property = {ShellCommand.SCOPE + "=contacts", ShellCommand.FUNCTION + "=demo"})
public final class DemoCommand {

    private static final String[] USAGE = {
            "contacts:demo - load a demo book of invented people, companies and their history with you",
            "Usage: contacts:demo [OPTIONS]",
            "About fifty people in over twenty countries, with a year and a half of interactions ending today,",
            "promises kept and broken, trust assessments and introductions. Nothing is loaded if the demo is",
            "already there. Demo people carry the external id system " + DemoData.SYSTEM + ", and every change is",
            "recorded with origin DEMO.",
            "  -r --reset               erase the demo people and their history, then load the book again",
            "  -? --help                show this help"};

    private final DemoData demo;

    @Activate
    public DemoCommand(@Reference DemoData demo) {
        this.demo = demo;
    }

    public String demo(String... args) {
        CommandOptions opt = CommandOptions.parse(USAGE, args);
        if (opt.help()) return opt.usage();
        if (!opt.operands().isEmpty()) {
            throw new CommandException("contacts:demo takes no arguments, only --reset; add --help for details");
        }
        StringBuilder text = new StringBuilder();
        if (opt.isSet("reset")) {
            int erased = demo.erase();
            text.append("Erased ").append(erased).append(erased == 1 ? " demo person" : " demo people").append(" and their history.\n");
        }
        Optional<DemoSummary> loaded;
        try {
            loaded = demo.load();
        } catch (IllegalStateException e) {
            throw new CommandException(e.getMessage() + ". The demo is partly loaded: 'contacts:demo --reset' starts again", e);
        }
        if (loaded.isEmpty()) {
            int present = demo.present().size();
            return text.append("The demo book is already loaded (").append(present)
                    .append(present == 1 ? " person" : " people").append(" with external id system ").append(DemoData.SYSTEM)
                    .append("); nothing changed. 'contacts:demo --reset' erases them and loads it again.").toString();
        }
        return text.append("Loaded the demo book, dated up to today:\n").append(loaded.get().describe()).toString();
    }
}
