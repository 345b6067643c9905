package se.valdsprevention.workflows.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the project's own tables (prefix {@code prevention_}) in the engine's database.
 *
 * <p>It keeps its own history table and migration folder, so a host application that uses Flyway
 * for its own tables is not disturbed, and the other way round.
 */
public class PreventionSchema implements InitializingBean {

    public static final String LOCATION = "classpath:se/valdsprevention/db/migration";
    public static final String HISTORY_TABLE = "prevention_schema_history";

    private final DataSource dataSource;

    public PreventionSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure(PreventionSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
