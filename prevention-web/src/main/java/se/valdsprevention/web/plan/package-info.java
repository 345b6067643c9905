/** The action plan page (handlingsplan): vision, goals, activities with programme theory, and their follow-up. */
package se.valdsprevention.web.plan;
