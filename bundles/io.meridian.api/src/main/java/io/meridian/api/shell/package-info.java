/**
 * Shell commands.
 *
 * <p>A shell command is a plain OSGi service carrying the {@link io.meridian.api.shell.ShellCommand#SCOPE}
 * and {@link io.meridian.api.shell.ShellCommand#FUNCTION} properties (the Apache Felix Gogo
 * convention). A command reports a problem the user can fix by throwing
 * {@link io.meridian.api.shell.CommandException}: the shell prints its message alone, with no
 * stack trace, and {@code bin/meridian run} exits non-zero.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.meridian.api.shell;
