/** Formal decisions by municipal leadership: mandate, resources, adoption of plans, and their follow-up. */
package se.valdsprevention.core.decision;
