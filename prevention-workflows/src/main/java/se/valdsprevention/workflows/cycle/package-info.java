/** The five-step IAVP cycle: listeners and delegates behind the iavpCycle model. */
package se.valdsprevention.workflows.cycle;
