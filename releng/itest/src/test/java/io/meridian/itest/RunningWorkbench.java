package io.meridian.itest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import java.util.stream.Stream;

/**
 * A copy of the built distribution in a temporary folder, with a workbench process running
 * on it ({@code bin/meridian --headless --port 0}). Each test class gets its own copy, so
 * etc/, plugins/ and data/ are private to it.
 */
final class RunningWorkbench implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final Path home;
    final Path data;
    private Process process;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String url;
    int port;
    String token;

    private RunningWorkbench(Path home) {
        this.home = home;
        this.data = home.resolve("data");
    }

    /**
     * The features a test workbench starts with: the shipped set less the region packs, so that
     * a test sees only the content it installs itself. {@link #installAsShipped} keeps the packs.
     */
    static final String TEST_FEATURES = "features = contacts, culture, calendar\n";

    /** Copies the distribution into {@code folder} without starting it, with {@link #TEST_FEATURES}. */
    static RunningWorkbench install(Path folder) throws IOException {
        RunningWorkbench workbench = installAsShipped(folder);
        Files.writeString(workbench.home.resolve("etc/io.meridian.features.cfg"), TEST_FEATURES);
        return workbench;
    }

    /** Copies the distribution into {@code folder} without starting it, with the features it ships with. */
    static RunningWorkbench installAsShipped(Path folder) throws IOException {
        Path distribution = Path.of(System.getProperty("meridian.distribution", "../distribution/target/meridian"));
        if (!Files.isExecutable(distribution.resolve("bin/meridian"))) {
            throw new IllegalStateException("no built distribution at " + distribution.toAbsolutePath()
                    + ": run ./mvnw -B verify from the repository root");
        }
        Path home = folder.resolve("meridian");
        try (Stream<Path> files = Files.walk(distribution)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = home.resolve(distribution.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return new RunningWorkbench(home);
    }

    /** Installs a copy and starts it. */
    static RunningWorkbench start(Path folder) throws Exception {
        RunningWorkbench workbench = install(folder);
        workbench.start();
        return workbench;
    }

    void start() throws Exception {
        output.clear();
        process = new ProcessBuilder(home.resolve("bin/meridian").toString(), "--headless", "--data", data.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                    if (line.startsWith("Meridian is ready at ")) ready.complete(line);
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("workbench exited before it was ready: " + output));
        }, "workbench-output");
        reader.setDaemon(true);
        reader.start();
        ready.get(90, TimeUnit.SECONDS);
        JsonNode file = JSON.readTree(data.resolve("workbench.json").toFile());
        url = file.path("url").asText();
        port = file.path("port").asInt();
        token = file.path("token").asText();
    }

    List<String> output() {
        return List.copyOf(output);
    }

    long pid() {
        return process.pid();
    }

    /** Sends SIGTERM and waits for the process to end; returns its exit code. */
    int stop() throws InterruptedException {
        if (process == null) return -1;
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("workbench did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) stop();
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url + path.replaceFirst("^/", ""))).header("Authorization", "Bearer " + token);
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path).GET());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " → " + response.statusCode() + " " + response.body()
                    + (response.statusCode() >= 500 ? "\nlast lines of the workbench log:\n" + logTail(60) : ""));
        }
        return JSON.readTree(response.body());
    }

    /** POSTs a JSON body with the token and answers the JSON the route returned, failing on anything but 2xx. */
    JsonNode postJson(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("POST " + path + " → " + response.statusCode() + " " + response.body()
                    + (response.statusCode() >= 500 ? "\nlast lines of the workbench log:\n" + logTail(60) : ""));
        }
        return JSON.readTree(response.body());
    }

    /** The last {@code lines} lines of the newest file in data/log/, so a server error in a test shows its cause. */
    String logTail(int lines) {
        try (Stream<Path> files = Files.list(data.resolve("log"))) {
            Path newest = files.filter(Files::isRegularFile)
                    .max(java.util.Comparator.comparing(RunningWorkbench::modified)).orElse(null);
            if (newest == null) return "(no log file)";
            List<String> all = Files.readAllLines(newest, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Installs {@code feature} over REST unless its {@code bundle} is there already (it is when the
     * distribution installs the feature by default).
     */
    void requireFeature(String feature, String bundle) throws IOException, InterruptedException {
        if (bundle(bundle) != null) return;
        HttpResponse<String> install = send(request("/api/v1/features/" + feature).POST(HttpRequest.BodyPublishers.noBody()));
        if (install.statusCode() != 200) throw new AssertionError("feature:install " + feature + " → " + install.statusCode() + " " + install.body());
    }

    /** The health entry of a bundle, or null if it is not installed. */
    JsonNode bundle(String symbolicName) throws IOException, InterruptedException {
        for (JsonNode bundle : getJson("/api/v1/health").path("bundles")) {
            if (symbolicName.equals(bundle.path("symbolicName").asText())) return bundle;
        }
        return null;
    }

    /** Polls until the condition holds, failing after {@code seconds}. */
    static void await(String what, int seconds, ThrowingCondition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not true after " + seconds + " s: " + what);
            Thread.sleep(100);
        }
    }

    interface ThrowingCondition {
        boolean holds() throws Exception;
    }

    /** Runs {@code bin/meridian ARGS} on this installation and data, and waits for it. */
    CommandResult cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/meridian").toString());
        command.add("--data");
        command.add(data.toString());
        command.addAll(List.of(args));
        Process cli = new ProcessBuilder(command).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(cli.getErrorStream()));
        String out = read(cli.getInputStream());
        if (!cli.waitFor(120, TimeUnit.SECONDS)) {
            cli.destroyForcibly();
            throw new AssertionError("bin/meridian " + String.join(" ", args) + " did not finish within 120 s");
        }
        return new CommandResult(cli.exitValue(), out, err.join());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    record CommandResult(int exitCode, String out, String err) {
    }
}
