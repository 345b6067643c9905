/** Deploys the project's models, decision tables and forms together with the host's own resources. */
package se.valdsprevention.workflows.deployment;
