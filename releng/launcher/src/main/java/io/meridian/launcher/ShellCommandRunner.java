package io.meridian.launcher;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code meridian run 'COMMAND'}: runs one shell command through the workbench running on the
 * data directory if there is one (over its HTTP API, with the token from workbench.json), or
 * else in a short-lived framework on the same data.
 */
final class ShellCommandRunner {

    private ShellCommandRunner() {
    }

    static int run(Installation installation, LaunchOptions options, PrintStream out, PrintStream err) throws LaunchException {
        String command = options.command().orElseThrow();
        Optional<WorkbenchFile> running = WorkbenchFile.readRunning(options.dataDir());
        Map<String, Object> result = running.isPresent()
                ? remote(running.get(), command)
                : local(installation, options, command, err);
        return print(result, out, err);
    }

    private static Map<String, Object> remote(WorkbenchFile running, String command) throws LaunchException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(running.url() + "api/v1/shell"))
                    .header("Authorization", "Bearer " + running.token())
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.std.asString(Map.of("command", command))))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Map<String, Object> body = JSON.std.mapFrom(response.body());
            if (response.statusCode() != 200) {
                throw new LaunchException(LaunchException.FAILURE, "the running workbench (pid " + running.pid()
                        + ") refused the command: " + body.getOrDefault("detail", body.get("error")));
            }
            return body;
        } catch (ConnectException e) {
            throw new LaunchException(LaunchException.FAILURE, "the workbench (pid " + running.pid() + ") holds the data directory"
                    + " but does not answer on " + running.url() + ". Wait for it to finish starting, or stop it");
        } catch (IOException e) {
            throw new LaunchException(LaunchException.FAILURE, "cannot talk to the workbench at " + running.url() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException(LaunchException.FAILURE, "interrupted");
        }
    }

    private static Map<String, Object> local(Installation installation, LaunchOptions options, String command, PrintStream err)
            throws LaunchException {
        try (DataDirectory data = DataDirectory.open(options.dataDir())) {
            LogFiles.configure(data.resolve("log"), err);
            Workbench workbench = Workbench.create(installation, data, -1, "");
            try {
                workbench.start();
                return workbench.execute(command, 30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException(LaunchException.FAILURE, "interrupted");
            } finally {
                workbench.stop();
            }
        }
    }

    private static int print(Map<String, Object> result, PrintStream out, PrintStream err) {
        Object output = result.get("output");
        if (output instanceof String text && !text.isEmpty()) {
            out.print(text.endsWith("\n") ? text : text + "\n");
        }
        Object error = result.get("error");
        if (error instanceof String text && !text.isEmpty()) err.println(text);
        out.flush();
        return result.get("exitCode") instanceof Number code ? code.intValue() : 1;
    }
}
