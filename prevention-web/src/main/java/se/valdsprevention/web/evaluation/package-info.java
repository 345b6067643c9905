/** Evaluation evidence for the county: lead times, stalls, decisions, check-ins and turnover from the engine's history. */
package se.valdsprevention.web.evaluation;
