/** The action plan of steps 4 and 5: goals, activities with their programme theory, follow-up and goal progress. */
package se.valdsprevention.core.plan;
