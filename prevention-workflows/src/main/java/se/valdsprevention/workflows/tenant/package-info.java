/** Municipality = tenant: every process instance belongs to the municipality it runs for. */
package se.valdsprevention.workflows.tenant;
