/** Server-side checks of what a user submits through a Camunda Form or the REST API. */
package se.valdsprevention.workflows.form;
