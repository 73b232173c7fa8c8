package io.meridian.culture.internal.ui;

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
 * The Knowledge base view: search with suggestions and facets, country profiles with the
 * user's notes, articles, and countries compared. Its component also serves the files under
 * {@code views/kb/} of this bundle, the Culture brief panel's module among them.
 */
@Component(service = WorkbenchView.class, property = {
        "osgi.http.whiteboard.resource.pattern=/views/kb/*",
        "osgi.http.whiteboard.resource.prefix=/views/kb"})
public final class KnowledgeBaseView extends DeclaredView {

    private final List<ServiceRegistration<WorkbenchCommand>> commands;

    @Activate
    public KnowledgeBaseView(BundleContext context) {
        super("kb", "Knowledge base", "book", 300, Placement.MAIN, "/views/kb/kb.js", "meridian-kb");
        commands = PaletteCommand.registerAll(context,
                new PaletteCommand("kb.search", "Search the knowledge base", "Knowledge base",
                        "culture etiquette articles find look up", "#/kb?focus=search"),
                new PaletteCommand("kb.countries", "Browse country profiles", "Knowledge base",
                        "culture country profile scales greetings gifts", "#/kb/countries"),
                new PaletteCommand("kb.compare", "Compare countries", "Knowledge base",
                        "culture scales differences side by side", "#/kb/compare"));
    }

    @Deactivate
    void deactivate() {
        PaletteCommand.unregisterAll(commands);
    }
}
