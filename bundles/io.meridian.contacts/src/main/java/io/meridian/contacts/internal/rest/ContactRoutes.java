package io.meridian.contacts.internal.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.RelationshipHealth;
import io.meridian.api.contacts.RelationshipService;
import io.meridian.contacts.internal.demo.DemoData;
import io.meridian.support.rest.QueryParameters;
import io.meridian.support.rest.Values;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.util.UUID;

/**
 * {@code /api/v1/contacts}: list, create, read, merge-patch and erase people, their history and
 * export, and load the demo book ({@link DemoRoutes}); the routes below a person go to
 * {@link RelationshipRoutes}. Access control and the
 * error bodies are the workbench's, for every route alike.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/v1/contacts",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/contacts/*"})
public final class ContactRoutes extends ContactsServlet {

    static final String LIST = "/api/v1/contacts";
    static final String BASE = LIST + "/";
    private static final long serialVersionUID = 1L;

    private final transient ContactService contacts;
    private final transient RelationshipRoutes relationships;
    private final transient DemoRoutes demo;

    @Activate
    public ContactRoutes(@Reference ContactService contacts, @Reference RelationshipService relationships,
                         @Reference RelationshipHealth health, @Reference DemoData demo) {
        this.contacts = contacts;
        this.relationships = new RelationshipRoutes(relationships, health);
        this.demo = new DemoRoutes(demo);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Exchange ex = new Exchange(request, response);
        if (ex.is()) {
            ex.ok(RestJson.page(contacts.search(query(ex, null)), PersonJson::summary));
            return;
        }
        Person person = contacts.get(ex.id(0));
        if (ex.is("*")) {
            ex.etag(person.version());
            ex.ok(PersonJson.person(person));
        } else if (ex.is("*", "history")) {
            ex.ok(ExportJson.history(contacts.history(person.id())));
        } else if (ex.is("*", "export")) {
            ex.attachment("contact-" + person.id() + ".json", ExportJson.export(contacts.export(person.id())));
        } else {
            relationships.get(ex, person);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Exchange ex = new Exchange(request, response);
        if (ex.is()) {
            Person created = contacts.create(PersonJson.draft(ex.body()), ex.origin());
            ex.etag(created.version());
            ex.created(BASE + created.id(), PersonJson.person(created));
            return;
        }
        if (ex.is("demo")) {
            demo.post(ex);
            return;
        }
        Person person = contacts.get(ex.id(0));
        if (ex.is("*", "erase")) ex.ok(contacts.erase(person.id(), ex.origin()));
        else relationships.post(ex, person);
    }

    /** A JSON merge patch (RFC 7396) of the editable fields, against the version the client read. */
    @Override
    protected void doPatch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Exchange ex = new Exchange(request, response);
        if (!ex.is("*")) throw ex.noRoute();
        Person current = contacts.get(ex.id(0));
        ObjectNode patch = ex.body();
        long version = ex.expectedVersion(patch);
        // Merged onto what is stored now; if that is newer than the client's version, update() refuses it whole.
        PersonDraft draft = PersonJson.draft(MergePatch.apply(PersonJson.editableNode(current.fields()), patch));
        Person updated = contacts.update(current.id(), version, draft, ex.origin());
        ex.etag(updated.version());
        ex.ok(PersonJson.person(updated));
    }

    /** Erasure under GDPR: the person and their personal data are gone, a tombstone stays. */
    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Exchange ex = new Exchange(request, response);
        if (!ex.is("*")) throw ex.noRoute();
        ex.ok(contacts.erase(ex.id(0), ex.origin()));
    }

    /**
     * The list query from {@code ?q=&country=&tag=&overdue=&owner=&organization=&sort=&desc=&offset=&limit=};
     * with {@code organization} given, the route already names it and the parameter is not taken.
     */
    static ContactQuery query(Exchange ex, UUID organization) {
        QueryParameters q = organization == null
                ? ex.query("q", "country", "tag", "overdue", "owner", "organization", "sort", "desc", "offset", "limit")
                : ex.query("q", "country", "tag", "overdue", "owner", "sort", "desc", "offset", "limit");
        ContactQuery query = new ContactQuery(q.text("q"), q.text("country"), q.text("tag"), q.flag("overdue"), q.text("owner"),
                organization != null ? organization : q.parsed("organization", Values::id, null),
                q.parsed("sort", t -> JsonFields.parseChoice(t, ContactQuery.Sort.class), ContactQuery.Sort.NAME), Boolean.TRUE.equals(q.flag("desc")), q.integer("offset", 0, 0, Integer.MAX_VALUE),
                q.integer("limit", 50, 1, 500));
        q.check();
        return query;
    }
}
