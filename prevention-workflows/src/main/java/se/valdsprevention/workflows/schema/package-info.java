/** The project's own tables in the engine's database, migrated with Flyway. */
package se.valdsprevention.workflows.schema;
