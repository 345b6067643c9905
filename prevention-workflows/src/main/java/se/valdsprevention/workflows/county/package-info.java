/** The county's configuration under {@code prevention.county.*}: its code, name and municipalities. */
package se.valdsprevention.workflows.county;
