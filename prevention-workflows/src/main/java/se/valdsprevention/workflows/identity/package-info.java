/** Roles as Camunda groups, municipalities as tenants, and what each role may do and see in Tasklist. */
package se.valdsprevention.workflows.identity;
