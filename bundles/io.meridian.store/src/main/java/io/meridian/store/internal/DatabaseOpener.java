package io.meridian.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.meridian.api.store.Database;
import io.meridian.api.store.StoreException;
import io.meridian.api.workbench.ProblemReport;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the configured database once its JDBC driver is there, and registers it as the
 * {@link Database} service; closes and unregisters it when the configuration or the driver
 * goes away. A server that cannot be reached is retried every {@value #RETRY_SECONDS} s, and
 * {@code store:info} and {@code diag} say why it is not open.
 *
 * <p>The service is registered and unregistered outside this object's lock: registering
 * starts the bundles that use the database (and runs their migrations) on the calling thread,
 * and they, or the framework, may call back in.
 */
@Component(service = {DatabaseOpener.class, ProblemReport.class}, configurationPid = "io.meridian.store", immediate = true)
@Designate(ocd = StoreConfiguration.class)
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.meridian.api.store.Database")
public final class DatabaseOpener implements ProblemReport {

    static final int RETRY_SECONDS = 15;
    private static final Logger LOG = Logger.getLogger("io.meridian.store");

    private final BundleContext context;
    private final Map<String, DataSourceFactory> drivers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "meridian-store-retry");
        t.setDaemon(true);
        return t;
    });

    private StoreConfiguration config;
    private boolean active;
    private DatabaseTarget target;
    private OpenDatabase open;
    private ServiceRegistration<Database> registration;
    private ScheduledFuture<?> retry;
    private String status = "starting";

    @Activate
    public DatabaseOpener(BundleContext context, StoreConfiguration config) {
        this.context = context;
        synchronized (this) {
            this.config = config;
            this.active = true;
        }
        openAndRegister();
    }

    @Modified
    void modified(StoreConfiguration changed) {
        close();
        synchronized (this) {
            config = changed;
        }
        openAndRegister();
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            active = false;
        }
        close();
        retries.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addDriver(DataSourceFactory factory, Map<String, Object> properties) {
        Object driver = properties.get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS);
        if (driver == null) return;
        drivers.put(driver.toString(), factory);
        openAndRegister();
    }

    void removeDriver(DataSourceFactory factory, Map<String, Object> properties) {
        Object driver = properties.get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS);
        if (driver == null || !drivers.remove(driver.toString(), factory)) return;
        DatabaseTarget current;
        synchronized (this) {
            current = target;
        }
        if (current != null && current.driverClass().equals(driver.toString())) {
            close();
            synchronized (this) {
                status = "closed: its driver went away; " + current.missingDriverAdvice();
            }
        }
    }

    /** Why the database is or is not open, in a sentence. */
    synchronized String status() {
        return status;
    }

    /** Why the database is not open, for {@code diag}; nothing while it is. */
    @Override
    public synchronized List<String> problems() {
        return open != null ? List.of() : List.of("the database is not open: " + status);
    }

    /** The open database, or null. */
    synchronized OpenDatabase database() {
        return open;
    }

    /**
     * Runs {@code work} on the open database while no bundle holds the {@link Database} service:
     * their components stop first and start again afterwards, so none writes in between and
     * none keeps state derived from the data that {@code work} replaces.
     */
    <T> T withoutUsers(Function<OpenDatabase, T> work) {
        OpenDatabase db;
        ServiceRegistration<Database> users;
        synchronized (this) {
            db = open;
            if (db == null) throw new StoreException("the database is not open: " + status);
            users = registration;
            registration = null;
        }
        unregister(users);
        try {
            return work.apply(db);
        } finally {
            register(db);
        }
    }

    private void openAndRegister() {
        OpenDatabase opened;
        synchronized (this) {
            opened = open();
        }
        if (opened != null) register(opened);
    }

    /** Opens the pool if it is not open; returns it when it was opened now. */
    private OpenDatabase open() {
        if (!active || open != null) return null;
        cancelRetry();
        try {
            target = DatabaseTarget.of(config, dataDirectory());
        } catch (IllegalArgumentException e) {
            status = "its configuration is invalid: " + e.getMessage();
            LOG.severe(status);
            return null;
        }
        DataSourceFactory factory = drivers.get(target.driverClass());
        if (factory == null) {
            status = "waiting for its driver: " + target.missingDriverAdvice();
            return null;
        }
        try {
            Path backups = null;
            if (target.embedded()) {
                backups = Path.of(target.location()).toAbsolutePath().getParent();
                Files.createDirectories(backups);
            }
            open = new OpenDatabase(pool(factory, target), target.product(), target.location(), backups);
        } catch (Exception e) {
            status = "cannot open " + target.location() + ": " + rootMessage(e) + "; retrying every " + RETRY_SECONDS
                    + " s. Check etc/io.meridian.store.cfg" + (target.embedded() ? "" : " and that the server accepts this user");
            LOG.log(Level.SEVERE, status, e);
            retry = retries.schedule(this::openAndRegister, RETRY_SECONDS, TimeUnit.SECONDS);
            return null;
        }
        status = "open: " + target.product() + " at " + target.location();
        LOG.info(status);
        return open;
    }

    /** Registers the service for {@code db}, unless it was closed meanwhile. */
    private void register(OpenDatabase db) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("product", db.product());
        props.put("location", db.location());
        ServiceRegistration<Database> registered = context.registerService(Database.class, db, props);
        boolean current;
        synchronized (this) {
            current = open == db && registration == null;
            if (current) registration = registered;
        }
        if (!current) unregister(registered);
    }

    private void close() {
        ServiceRegistration<Database> users;
        OpenDatabase db;
        synchronized (this) {
            cancelRetry();
            users = registration;
            registration = null;
            db = open;
            open = null;
            if (db != null) status = "closed";
        }
        // The users stop while their connections still work; then the pool closes.
        unregister(users);
        if (db != null) db.close();
    }

    private static void unregister(ServiceRegistration<Database> registration) {
        if (registration == null) return;
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework unregistered it while stopping this bundle
        }
    }

    private void cancelRetry() {
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
    }

    private Path dataDirectory() {
        String data = context.getProperty("meridian.data");
        return data != null ? Path.of(data) : context.getDataFile("").toPath();
    }

    private HikariDataSource pool(DataSourceFactory factory, DatabaseTarget target) throws SQLException {
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, target.url());
        if (!target.user().isEmpty()) p.setProperty(DataSourceFactory.JDBC_USER, target.user());
        if (!target.password().isEmpty()) p.setProperty(DataSourceFactory.JDBC_PASSWORD, target.password());
        DataSource raw = factory.createDataSource(p);
        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(raw);
        hikari.setPoolName("meridian-store");
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(10_000);
        hikari.setRegisterMbeans(false);
        return new HikariDataSource(hikari);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
