/** Länets lägesbild: the county's own situation picture, combined from the municipalities' agreed pictures and Kolada. */
package se.valdsprevention.web.countypicture;
