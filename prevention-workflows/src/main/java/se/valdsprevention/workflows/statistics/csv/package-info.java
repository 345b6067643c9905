/**
 * Local statistics files saved from Excel (the police's local picture, school surveys, SCB and Brå tables): reading
 * them in their encodings and dialects, mapping their columns to indicator rows, the saved mappings per file layout,
 * and writing CSV in the same Swedish Excel dialect.
 */
package se.valdsprevention.workflows.statistics.csv;
