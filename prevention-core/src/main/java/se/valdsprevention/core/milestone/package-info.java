/**
 * Milestones of the five-step process (milstolpar), each scored 0–4 from the plain facts of a municipality's work,
 * with what is missing for the next level.
 */
package se.valdsprevention.core.milestone;
