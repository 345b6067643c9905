/** Evaluation evidence: lead times and rates computed from what the workflow recorded, for evaluators. */
package se.valdsprevention.core.evaluation;
