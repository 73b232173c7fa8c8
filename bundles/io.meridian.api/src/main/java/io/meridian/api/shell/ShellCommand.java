package io.meridian.api.shell;

/**
 * Service property names that make an OSGi service a shell command (the Apache Felix Gogo
 * convention). Each public method named in {@link #FUNCTION} becomes {@code scope:function}.
 *
 * <pre>{@code
 * @Component(service = KnowledgeBaseCommands.class,
 *            property = {ShellCommand.SCOPE + "=kb", ShellCommand.FUNCTION + "=search"})
 * }</pre>
 */
public final class ShellCommand {

    /** The command scope, e.g. {@code "feature"}. */
    public static final String SCOPE = "osgi.command.scope";

    /** The command names (a String or String[]), each a public method of the service. */
    public static final String FUNCTION = "osgi.command.function";

    private ShellCommand() {
    }
}
