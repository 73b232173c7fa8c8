package io.meridian.contacts.internal.workbench;

import io.meridian.api.workbench.WorkbenchCommand;
import io.meridian.api.workbench.WorkbenchView;
import io.meridian.support.workbench.DeclaredView;
import io.meridian.support.workbench.PaletteCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import java.util.List;

/**
 * The Contacts view (the list, and each person's page at {@code #/contacts/ID}); it serves the
 * modules of this bundle's views from {@code views/contacts/}.
 */
@Component(service = WorkbenchView.class, property = {
        "osgi.http.whiteboard.resource.pattern=/views/contacts/*",
        "osgi.http.whiteboard.resource.prefix=/views/contacts"})
public final class ContactsView extends DeclaredView {

    private final List<ServiceRegistration<WorkbenchCommand>> commands;

    @Activate
    public ContactsView(BundleContext context) {
        super("contacts", "Contacts", "contacts", 200, Placement.MAIN, "/views/contacts/contacts.js", "meridian-contacts");
        commands = PaletteCommand.registerAll(context,
                new PaletteCommand("contacts.new", "New contact", "Contacts", "add person create", "#/contacts?new=1"),
                new PaletteCommand("contacts.overdue", "People you are overdue to contact", "Contacts", "late cadence due",
                        "#/contacts?overdue=true&sort=due"),
                new PaletteCommand("contacts.weakest", "Weakest relationships first", "Contacts", "health at risk", "#/contacts?sort=health"));
    }

    @Deactivate
    void deactivate() {
        PaletteCommand.unregisterAll(commands);
    }
}
