/** Reading a municipality's milestone facts from the engine's history and the project's documents. */
package se.valdsprevention.workflows.milestone;
