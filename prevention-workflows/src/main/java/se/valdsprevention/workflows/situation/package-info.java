/** Situation pictures and action plans of the IAVP cycle, stored as revisions in the project's tables. */
package se.valdsprevention.workflows.situation;
