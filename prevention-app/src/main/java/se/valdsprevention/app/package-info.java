/** The ready-to-run prevention application: Camunda webapps, REST API and the county's configuration. */
package se.valdsprevention.app;
