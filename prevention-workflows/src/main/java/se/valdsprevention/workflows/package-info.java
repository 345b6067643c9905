/** Camunda 7 integration of the prevention domain: auto-configuration a county adds to its engine. */
package se.valdsprevention.workflows;
