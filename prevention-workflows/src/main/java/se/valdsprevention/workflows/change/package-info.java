/**
 * A revision number per municipality that grows with every committed change to its work, so that pages computed
 * from history (the county overview, the evaluation figures) can keep what they computed until the municipality
 * changes, on every node of a cluster alike.
 */
package se.valdsprevention.workflows.change;
