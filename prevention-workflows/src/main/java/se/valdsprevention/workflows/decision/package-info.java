/** Municipal decisions: proposal, routing, four-eyes approval, revisions in the database, follow-up. */
package se.valdsprevention.workflows.decision;
