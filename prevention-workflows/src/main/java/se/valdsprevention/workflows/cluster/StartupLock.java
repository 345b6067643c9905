package se.valdsprevention.workflows.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Lets the nodes of a cluster that start at the same moment on one PostgreSQL database do their first-start work
 * one after the other: the project's tables, Camunda's schema, the models, the first administrator, tenants,
 * groups, grants, Tasklist filters, the demo users and the starter catalogue. Without it two nodes on an empty
 * database both create the administrator or the same grants and one of them stops with a duplicate key; filters,
 * which have no unique key, would be created twice.
 *
 * <p>Before the project's tables are migrated and the engine is built, the node takes a PostgreSQL session advisory
 * lock on a connection of its own (Flyway's baseline of an empty database is not safe from two nodes either), and
 * gives it back when its application context has been refreshed, that is once every start-up bean has run (or
 * when the start fails and the context is closed). A node that finds the lock taken waits for it and then finds
 * everything in place, so its start only checks. The lock belongs to the database session: a node killed while
 * holding it loses its connection, and PostgreSQL releases the lock at once. On other databases (H2 runs one
 * node) nothing is locked; the start-up steps check before they create, and the identity set-up retries once
 * after a conflict.
 */
public class StartupLock extends AbstractProcessEnginePlugin
        implements InitializingBean, ApplicationListener<ContextRefreshedEvent>, DisposableBean {

    /** The advisory lock's key, the same on every node and in no other use by the application. */
    static final long KEY = 0x7072657645_0001L;

    private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection held;

    public StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Taken as soon as the bean exists: the project's schema migration (Flyway) depends on it. */
    @Override
    public void afterPropertiesSet() {
        acquire();
    }

    /** Taken (if not yet) before the engine creates its tables, deploys and creates the first administrator. */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        acquire();
    }

    /** Takes the lock, waiting while another node of the same database holds it; nothing on other databases. */
    synchronized void acquire() {
        if (held != null) {
            return;
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            if (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
                LOG.info("Another node is starting on this database; waiting until it has finished its start-up");
                long since = System.nanoTime();
                call(connection, "SELECT pg_advisory_lock(?) IS NOT NULL");
                LOG.info(
                        "The other node has started; this one goes on after {} ms",
                        (System.nanoTime() - since) / 1_000_000);
            }
            held = connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Could not take the start-up lock on the database: " + e.getMessage(), e);
        }
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        release();
    }

    @Override
    public void destroy() {
        release();
    }

    /** Gives the lock back; the next node waiting for it goes on. */
    synchronized void release() {
        if (held == null) {
            return;
        }
        try {
            call(held, "SELECT pg_advisory_unlock(?)");
        } catch (SQLException e) {
            // Ending the session releases the lock all the same; abort it rather than return it to the pool.
            LOG.warn("Could not release the start-up lock, ending its session instead: {}", e.getMessage());
            try {
                held.abort(Runnable::run);
            } catch (SQLException ignored) {
                LOG.debug("Aborting the start-up lock's connection failed: {}", ignored.getMessage());
            }
        } finally {
            closeQuietly(held);
            held = null;
        }
    }

    synchronized boolean isHeld() {
        return held != null;
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the start-up lock's connection failed: {}", e.getMessage());
        }
    }
}
