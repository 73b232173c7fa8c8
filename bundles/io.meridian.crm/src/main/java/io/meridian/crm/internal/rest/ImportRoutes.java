package io.meridian.crm.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportMode;
import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportRun;
import io.meridian.api.importing.ImportSource;
import io.meridian.api.importing.Importer;
import io.meridian.api.rest.ApiException;
import io.meridian.support.rest.JsonBodies;
import io.meridian.support.rest.QueryParameters;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import io.meridian.crm.internal.pipeline.CreatedPeople;
import io.meridian.crm.internal.pipeline.ImportSettings;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code /api/v1/import}: upload a file to import (or to preview, or to dry-run), follow an
 * import's progress and report, download its rejected rows, cancel and undo it.
 *
 * <p>The file comes as the raw request body (its name in {@code ?name=} or the
 * Content-Disposition header) or as the {@code file} part of a multipart form, with an optional
 * {@code mapping} part holding a mapping as JSON. Options are query parameters. What the upload
 * form may offer (target fields, formats, countries, the size limit) is {@code GET /options}.
 */
@Component(service = Servlet.class, configurationPid = "io.meridian.crm", property = {
        "osgi.http.whiteboard.servlet.pattern=/api/v1/import",
        "osgi.http.whiteboard.servlet.pattern=/api/v1/import/*",
        "osgi.http.whiteboard.servlet.multipart.enabled=true",
        "osgi.http.whiteboard.servlet.multipart.fileSizeThreshold=1048576"})
public final class ImportRoutes extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> OPTIONS = List.of("dryRun", "format", "mode", "system", "country", "mergeSimilar", "encoding",
            "delimiter", "name", "mapping");

    private final transient Importer importer;
    private final transient CreatedPeople createdPeople;
    private final transient List<ImportFormat> formats = new CopyOnWriteArrayList<>();
    private final transient Path uploads;
    private final long maxBytes;
    private final transient ObjectMapper json = JsonBodies.mapper().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Activate
    public ImportRoutes(BundleContext context, ImportSettings settings, @Reference Importer importer,
                        @Reference CreatedPeople createdPeople) {
        this.importer = importer;
        this.createdPeople = createdPeople;
        this.maxBytes = settings.maxFileMegabytes() * 1024L * 1024L;
        this.uploads = context.getDataFile("uploads").toPath();
    }

    /** The formats a file may be read as, for the upload form; they come and go with their bundles. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFormat(ImportFormat format) {
        formats.add(format);
    }

    void removeFormat(ImportFormat format) {
        formats.remove(format);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            super.service(request, response);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_request", e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApiException(409, "conflict", e.getMessage());
        } catch (NoSuchElementException e) {
            throw new ApiException(404, "not_found", e.getMessage());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = path(request);
        if (path.isEmpty()) {
            QueryParameters query = new QueryParameters(request, List.of("offset", "limit"));
            int offset = query.integer("offset", 0, 0, Integer.MAX_VALUE);
            int limit = query.integer("limit", 20, 1, 500);
            query.check();
            JsonBodies.write(response, 200, Map.of("items", importer.runs(offset, limit).stream().map(ImportJson::run).toList(),
                    "offset", offset, "limit", limit), json);
        } else if (path.size() == 1 && path.get(0).equals("options")) {
            new QueryParameters(request, List.of()).check();
            JsonBodies.write(response, 200, ImportJson.options(formats, maxBytes / (1024 * 1024)), json);
        } else if (path.size() == 1) {
            QueryParameters query = new QueryParameters(request, List.of("offset", "limit", "kind"));
            int offset = query.integer("offset", 0, 0, Integer.MAX_VALUE);
            int limit = query.integer("limit", 100, 1, 10_000);
            ImportEntry.Kind kind = kind(query.text("kind"));
            query.check();
            ImportRun run = run(path.get(0));
            List<ImportEntry> entries = importer.report(run.id(), 0, Integer.MAX_VALUE).stream()
                    .filter(e -> kind == null || e.kind() == kind).skip(offset).limit(limit).toList();
            Map<String, Object> body = ImportJson.run(run);
            body.put("report", Map.of("offset", offset, "limit", limit, "entries", entries.stream().map(ImportJson::entry).toList()));
            JsonBodies.write(response, 200, body, json);
        } else if (path.size() == 2 && path.get(1).equals("people")) {
            QueryParameters query = new QueryParameters(request, List.of("offset", "limit"));
            int offset = query.integer("offset", 0, 0, Integer.MAX_VALUE);
            int limit = query.integer("limit", 50, 1, 500);
            query.check();
            long id = run(path.get(0)).id();
            JsonBodies.write(response, 200, Map.of("items", createdPeople.created(id, offset, limit).stream().map(ImportJson::created).toList(),
                    "total", createdPeople.createdCount(id), "offset", offset, "limit", limit), json);
        } else if (path.size() == 2 && path.get(1).equals("errors.csv")) {
            ImportRun run = run(path.get(0));
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"import-" + run.id() + "-rejected.csv\"");
            response.setHeader("Cache-Control", "no-store");
            importer.writeRejected(run.id(), response.getOutputStream());
        } else {
            throw new ApiException(404, "not_found", "no route " + request.getRequestURI() + ": GET /api/v1/import, /api/v1/import/options,"
                    + " /api/v1/import/ID, /api/v1/import/ID/people or /api/v1/import/ID/errors.csv");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        List<String> path = path(request);
        if (path.isEmpty() || path.size() == 1 && path.get(0).equals("preview")) {
            upload(request, response, path.isEmpty());
        } else if (path.size() == 2 && path.get(1).equals("undo")) {
            JsonBodies.write(response, 200, ImportJson.run(importer.undo(run(path.get(0)).id())), json);
        } else if (path.size() == 2 && path.get(1).equals("cancel")) {
            JsonBodies.write(response, 202, ImportJson.run(importer.cancel(run(path.get(0)).id())), json);
        } else {
            throw new ApiException(404, "not_found", "no route POST " + request.getRequestURI() + ": POST /api/v1/import,"
                    + " /api/v1/import/preview, /api/v1/import/ID/undo or /api/v1/import/ID/cancel");
        }
    }

    /** Spools the uploaded file, then previews or starts the import from it. */
    private void upload(HttpServletRequest request, HttpServletResponse response, boolean start) throws IOException, ServletException {
        QueryParameters query = new QueryParameters(new QueryStringRequest(request), OPTIONS);
        Map<String, String> mapping = new LinkedHashMap<>();
        if (query.text("mapping") != null) mapping.putAll(mapping(query.text("mapping")));
        String name = query.text("name");
        InputStream body;
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("multipart/form-data")) {
            Part file = request.getPart("file");
            if (file == null) throw new ApiException(400, "bad_request", "the form has no \"file\" part: send the export as the file field");
            Part mappingPart = request.getPart("mapping");
            if (mappingPart != null) mapping.putAll(mapping(new String(mappingPart.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            if (name == null) name = file.getSubmittedFileName();
            body = file.getInputStream();
        } else {
            if (name == null) name = dispositionName(request.getHeader("Content-Disposition"));
            body = request.getInputStream();
        }
        if (name == null || name.isBlank()) name = "upload";
        ImportOptions options = options(query, mapping);
        query.check();
        Files.createDirectories(uploads);
        Path spooled = Files.createTempFile(uploads, "upload-", ".part");
        try {
            try (InputStream in = body; var out = Files.newOutputStream(spooled)) {
                if (in.transferTo(new Limited(out, maxBytes, name)) < 0) throw new IllegalStateException();
            }
            if (Files.size(spooled) == 0) throw new ApiException(400, "empty", "the uploaded file is empty: send the export's bytes as the body");
            ImportSource source = ImportSource.of(name, spooled);
            if (start) {
                ImportRun run = importer.start(source, options);
                response.setHeader("Location", "/api/v1/import/" + run.id());
                JsonBodies.write(response, 202, ImportJson.run(run), json);
            } else {
                JsonBodies.write(response, 200, importer.preview(source, options), json);
            }
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    private static ImportOptions options(QueryParameters query, Map<String, String> mapping) {
        ImportMode mode = ImportMode.CREATE_AND_UPDATE;
        String m = query.text("mode");
        if (m != null) {
            mode = switch (m.toLowerCase(Locale.ROOT)) {
                case "create", "create-only", "create_only" -> ImportMode.CREATE_ONLY;
                case "update", "update-only", "update_only" -> ImportMode.UPDATE_ONLY;
                case "both", "create-and-update", "create_and_update" -> ImportMode.CREATE_AND_UPDATE;
                default -> throw new ApiException(400, "bad_mode", "mode=" + m + " is not a mode: use create, update or both");
            };
        }
        return new ImportOptions(query.text("format"), mapping, query.text("system"), query.text("country"), mode,
                flag(query, "dryRun"), flag(query, "mergeSimilar"), query.text("encoding"), query.text("delimiter"));
    }

    private static boolean flag(QueryParameters query, String name) {
        String v = query.text(name);
        if (v == null || v.equalsIgnoreCase("false")) return false;
        if (v.isEmpty() || v.equalsIgnoreCase("true")) return true;
        throw new ApiException(400, "bad_parameter", name + "=" + v + " must be true or false");
    }

    private Map<String, String> mapping(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (IOException e) {
            throw new ApiException(400, "bad_mapping", "the mapping is not valid JSON: " + e.getMessage());
        }
        JsonNode columns = root != null && root.has("columns") ? root.get("columns") : root;
        if (columns == null || !columns.isObject()) {
            throw new ApiException(400, "bad_mapping", "a mapping is a JSON object of column name to field, or {\"columns\": {…}}");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = columns.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) throw new ApiException(400, "bad_mapping", "mapping of \"" + e.getKey() + "\" must be a text");
            map.put(e.getKey(), e.getValue().asText());
        }
        return map;
    }

    private ImportRun run(String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "bad_id", "\"" + id + "\" is not an import number");
        }
        return importer.run(n).orElseThrow(() -> new ApiException(404, "not_found", "no import " + n + ": GET /api/v1/import lists them"));
    }

    private static ImportEntry.Kind kind(String text) {
        if (text == null) return null;
        try {
            return ImportEntry.Kind.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_kind", "kind=" + text + " is not one of rejected, updated, unchanged, skipped,"
                    + " possible_duplicate, merged_similar, warning");
        }
    }

    private static List<String> path(HttpServletRequest request) {
        List<String> parts = new ArrayList<>();
        if (request.getPathInfo() != null) {
            for (String p : request.getPathInfo().split("/")) if (!p.isEmpty()) parts.add(p);
        }
        return parts;
    }

    private static String dispositionName(String header) {
        if (header == null) return null;
        for (String part : header.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("filename=")) return p.substring(9).replace("\"", "").strip();
        }
        return null;
    }

    /** Refuses an upload past the import's size limit as it is written, before the disk fills. */
    private static final class Limited extends java.io.FilterOutputStream {
        private final long max;
        private final String name;
        private long written;

        Limited(java.io.OutputStream out, long max, String name) {
            super(out);
            this.max = max;
            this.name = name;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > max) {
                throw new ApiException(413, "too_large", name + " is larger than " + max / (1024 * 1024) + " MiB, the most one import"
                        + " takes: split the file, or raise maxFileMegabytes in etc/io.meridian.crm.cfg");
            }
            out.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }
    }
}
