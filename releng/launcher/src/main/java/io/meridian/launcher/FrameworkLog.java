package io.meridian.launcher;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import java.util.logging.Level;

/** Sends the Felix framework's own messages to java.util.logging, named after the bundle. */
final class FrameworkLog extends Logger {

    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        String name = bundle == null || bundle.getSymbolicName() == null ? "org.apache.felix.framework" : bundle.getSymbolicName();
        java.util.logging.Logger.getLogger(name).log(toJul(level), msg, throwable);
    }

    /** Messages about no particular bundle (reloading the cache, resolving, …). */
    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
        java.util.logging.Logger.getLogger("org.apache.felix.framework").log(toJul(level), msg, throwable);
    }

    private static Level toJul(int level) {
        return switch (level) {
            case LOG_ERROR -> Level.SEVERE;
            case LOG_WARNING -> Level.WARNING;
            case LOG_INFO -> Level.INFO;
            default -> Level.FINE;
        };
    }
}
