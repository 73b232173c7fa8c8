package io.meridian.workbench.internal.shell;

import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one shell command and captures what it prints. Used by {@code POST /api/v1/shell} and,
 * through its {@link Function} service (a JDK type, so the launcher can call it from outside
 * the framework), by {@code bin/meridian run} in a short-lived framework.
 *
 * <p>The result holds {@code output}, {@code error} and {@code exitCode}: 0 on success, 1 when
 * the command failed.
 */
@Component(service = {ShellExecutor.class, Function.class}, property = "meridian.shell=executor")
public final class ShellExecutor implements Function<String, Map<String, Object>> {

    private static final Logger LOG = Logger.getLogger("io.meridian.workbench");

    private final CommandProcessor processor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ServiceComponentRuntime scr;

    @Activate
    public ShellExecutor(@Reference CommandProcessor processor) {
        this.processor = processor;
    }

    @Override
    public Map<String, Object> apply(String command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = 0;
        String error = "";
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
             CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), outStream, errStream)) {
            session.put("SCOPE", "meridian:feature:*");
            Object result = session.execute(command);
            if (result != null) {
                CharSequence text = session.format(result, Converter.INSPECT);
                outStream.print(text);
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') outStream.println();
            }
        } catch (Exception e) {
            exitCode = 1;
            error = message(command, e);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("output", out.toString(StandardCharsets.UTF_8));
        String errText = err.toString(StandardCharsets.UTF_8);
        result.put("error", errText.isEmpty() ? error : errText + (error.isEmpty() ? "" : error));
        result.put("exitCode", exitCode);
        return result;
    }

    private String message(String command, Exception e) {
        Throwable cause = e;
        while ((cause instanceof InvocationTargetException || cause.getClass() == RuntimeException.class)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof CommandException) return "error: " + cause.getMessage();
        for (Throwable link = e; link != null; link = link.getCause() == link ? null : link.getCause()) {
            String type = link.getClass().getName();
            if (type.endsWith(".SyntaxError") || type.endsWith(".EOFError")) {
                // The Gogo parser's own errors: the user's typing, not a fault of the workbench.
                return "error: the command does not parse: " + link.getMessage() + ". Check quotes and brackets";
            }
        }
        if (cause instanceof IllegalArgumentException && String.valueOf(cause.getMessage()).startsWith("Cannot coerce")) {
            String name = command.trim().split("\\s+", 2)[0];
            return "error: wrong arguments for '" + name + "'. 'help " + name + "' shows how to call it";
        }
        if (cause instanceof IllegalArgumentException && String.valueOf(cause.getMessage()).startsWith("Command not found")) {
            String name = command.trim().split("\\s+", 2)[0];
            return "error: " + waiting(name).orElse(cause.getMessage() + ". Type 'help' for the list of commands");
        }
        if (cause instanceof IllegalArgumentException) return "error: " + cause.getMessage();
        LOG.log(Level.SEVERE, "command '" + command + "' failed", e);
        return "error: " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                + " (details in the log under data/log/)";
    }

    /** For a command whose component exists but is not active: which bundle it belongs to, and where to look. */
    private Optional<String> waiting(String name) {
        ServiceComponentRuntime runtime = scr;
        if (runtime == null) return Optional.empty();
        String scope = name.contains(":") ? name.substring(0, name.indexOf(':')) : null;
        String function = name.substring(name.indexOf(':') + 1);
        for (ComponentDescriptionDTO d : runtime.getComponentDescriptionDTOs()) {
            Object functions = d.properties.get(ShellCommand.FUNCTION);
            List<?> names = functions instanceof String[] array ? List.of(array) : List.of(String.valueOf(functions));
            if ((scope == null || scope.equals(d.properties.get(ShellCommand.SCOPE))) && names.contains(function)) {
                return Optional.of(name + " is not available now: its component in " + d.bundle.symbolicName
                        + " is waiting for something; 'diag " + d.bundle.symbolicName + "' says what");
            }
        }
        return Optional.empty();
    }
}
