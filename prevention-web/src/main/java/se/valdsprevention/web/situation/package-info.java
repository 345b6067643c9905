/** The situation picture page (Lägesbild): writing, saving as revisions, the police's figures, the published view and its CSV download. */
package se.valdsprevention.web.situation;
