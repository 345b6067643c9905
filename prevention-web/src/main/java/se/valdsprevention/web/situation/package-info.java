/** The situation picture page (Lägesbild): writing, saving as revisions, the police's figures and the published view. */
package se.valdsprevention.web.situation;
