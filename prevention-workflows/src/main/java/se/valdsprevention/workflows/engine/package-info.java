/** What delegates ask the running engine: the engine's clock and the user behind the current command. */
package se.valdsprevention.workflows.engine;
