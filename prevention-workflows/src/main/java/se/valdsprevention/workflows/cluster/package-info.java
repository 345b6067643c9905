/** What several application nodes on one database need beyond Camunda's own cluster model: starting together. */
package se.valdsprevention.workflows.cluster;
