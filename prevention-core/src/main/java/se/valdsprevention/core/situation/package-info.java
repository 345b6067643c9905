/** The situation picture (lägesbild) of step 2 and 3, its analyses and its small-count suppressed publication. */
package se.valdsprevention.core.situation;
