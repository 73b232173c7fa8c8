package io.meridian.crm.internal.view;

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
 * The Import view: bring in a file step by step (preview and mapping, test run, import with
 * progress), the history with each import's report and undo, and the export of everyone. Its
 * page and stylesheet are served from {@code views/import/} in this bundle.
 */
@Component(service = WorkbenchView.class, property = {
        "osgi.http.whiteboard.resource.pattern=/views/import/*",
        "osgi.http.whiteboard.resource.prefix=/views/import"})
public final class ImportView extends DeclaredView {

    private final List<ServiceRegistration<WorkbenchCommand>> commands;

    @Activate
    public ImportView(BundleContext context) {
        super("import", "Import", "import", 500, Placement.MAIN, "/views/import/import.js", "meridian-import");
        commands = PaletteCommand.registerAll(context,
                new PaletteCommand("import.file", "Import contacts from a file", "Import",
                        "csv vcard vcf upload google outlook hubspot salesforce zoho pipedrive crm", "#/import"),
                new PaletteCommand("import.history", "Import history", "Import", "imports undo report rejected runs", "#/import?tab=history"),
                new PaletteCommand("export.csv", "Export contacts as CSV", "Import", "download spreadsheet everyone backup",
                        "/api/v1/export?format=csv"),
                new PaletteCommand("export.json", "Export contacts as Meridian JSON", "Import", "download backup everyone move",
                        "/api/v1/export?format=json"));
    }

    @Deactivate
    void deactivate() {
        PaletteCommand.unregisterAll(commands);
    }
}
