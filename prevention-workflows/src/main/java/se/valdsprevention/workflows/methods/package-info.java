/** The county's method bank in the engine's database: method revisions, attached files and the starter catalogue. */
package se.valdsprevention.workflows.methods;
