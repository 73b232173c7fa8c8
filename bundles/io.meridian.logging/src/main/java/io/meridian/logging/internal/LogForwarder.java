package io.meridian.logging.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forwards every entry of the OSGi Log service to java.util.logging, where the launcher has
 * set up the rotating files under {@code data/log/} and the one-line console errors.
 *
 * <p>A plain activator rather than a DS component, so logging works even when SCR does not.
 */
public final class LogForwarder implements BundleActivator, LogListener {

    private ServiceTracker<LogReaderService, LogReaderService> readers;

    @Override
    public void start(BundleContext context) {
        readers = new ServiceTracker<>(context, LogReaderService.class, null) {
            @Override
            public LogReaderService addingService(ServiceReference<LogReaderService> reference) {
                LogReaderService reader = super.addingService(reference);
                if (reader != null) reader.addLogListener(LogForwarder.this);
                return reader;
            }

            @Override
            public void removedService(ServiceReference<LogReaderService> reference, LogReaderService reader) {
                reader.removeLogListener(LogForwarder.this);
                super.removedService(reference, reader);
            }
        };
        readers.open();
    }

    @Override
    public void stop(BundleContext context) {
        readers.close();
    }

    @Override
    public void logged(LogEntry entry) {
        if (isRoutineEvent(entry)) return;
        Level level = switch (entry.getLogLevel()) {
            case AUDIT, ERROR -> Level.SEVERE;
            case WARN -> Level.WARNING;
            case INFO -> Level.INFO;
            case DEBUG -> Level.FINE;
            case TRACE -> Level.FINER;
        };
        String name = entry.getBundle() == null || entry.getBundle().getSymbolicName() == null
                ? entry.getLoggerName() : entry.getBundle().getSymbolicName();
        Logger logger = Logger.getLogger(name);
        if (logger.isLoggable(level)) logger.log(level, entry.getMessage(), entry.getException());
    }

    /**
     * The Log service also records every bundle and service event of the framework (some
     * four hundred at each start). They say nothing the health API and diag do not, and
     * writing them costs start-up time, so only those carrying an error are kept.
     */
    private static boolean isRoutineEvent(LogEntry entry) {
        String logger = entry.getLoggerName();
        return logger != null && logger.startsWith("Events.") && entry.getException() == null
                && entry.getLogLevel() != LogLevel.ERROR && entry.getLogLevel() != LogLevel.WARN;
    }
}
