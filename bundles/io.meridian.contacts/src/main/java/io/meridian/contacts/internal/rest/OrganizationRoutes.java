package io.meridian.contacts.internal.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.Organisation;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.RelationshipService;
import io.meridian.api.rest.ApiException;
import io.meridian.support.rest.QueryParameters;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.util.UUID;

/**
 * {@code /api/v1/organizations}: list, create, read and merge-patch organisations, the people
 * who work at one, and the warm-introduction path to anyone there.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/v1/organizations",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/organizations/*"})
public final class OrganizationRoutes extends ContactsServlet {

    static final String LIST = "/api/v1/organizations";
    private static final long serialVersionUID = 1L;

    private final transient ContactService contacts;
    private final transient RelationshipService relationships;

    @Activate
    public OrganizationRoutes(@Reference ContactService contacts, @Reference RelationshipService relationships) {
        this.contacts = contacts;
        this.relationships = relationships;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Exchange ex = new Exchange(request, response);
        if (ex.is()) {
            QueryParameters query = ex.query("q", "offset", "limit");
            String text = query.text("q");
            int offset = query.integer("offset", 0, 0, Integer.MAX_VALUE);
            int limit = query.integer("limit", 50, 1, 500);
            query.check();
            ex.ok(RestJson.page(contacts.organisations(text, offset, limit), OrganizationJson::organization));
            return;
        }
        Organisation organization = existing(ex.id(0));
        if (ex.is("*")) {
            ex.etag(organization.version());
            ex.ok(OrganizationJson.organization(organization));
        } else if (ex.is("*", "people")) {
            ex.ok(RestJson.page(contacts.search(ContactRoutes.query(ex, organization.id())), PersonJson::summary));
        } else if (ex.is("*", "path")) {
            ex.ok(RelationshipRoutes.path(ex, relationships, organization.id(), "anyone at " + organization.name()));
        } else {
            throw ex.noRoute();
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Exchange ex = new Exchange(request, response);
        if (!ex.is()) throw ex.noRoute();
        Organisation created = contacts.createOrganisation(OrganizationJson.draft(ex.body()), ex.origin());
        ex.etag(created.version());
        ex.created(LIST + "/" + created.id(), OrganizationJson.organization(created));
    }

    /** A JSON merge patch (RFC 7396), against the version the client read. */
    @Override
    protected void doPatch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Exchange ex = new Exchange(request, response);
        if (!ex.is("*")) throw ex.noRoute();
        Organisation current = existing(ex.id(0));
        ObjectNode patch = ex.body();
        long version = ex.expectedVersion(patch);
        OrganisationDraft draft = OrganizationJson.draft(MergePatch.apply(OrganizationJson.editableNode(current), patch));
        Organisation updated = contacts.updateOrganisation(current.id(), version, draft, ex.origin());
        ex.etag(updated.version());
        ex.ok(OrganizationJson.organization(updated));
    }

    private Organisation existing(UUID id) {
        return contacts.findOrganisation(id).orElseThrow(() -> new ApiException(404, "not_found", "no organization " + id
                + ": check the id, or search with GET " + LIST + "?q=NAME"));
    }
}
