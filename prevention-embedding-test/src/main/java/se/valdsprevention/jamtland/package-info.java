/** A county's own Camunda application embedding prevention-workflows: Jämtland with its eight municipalities. */
package se.valdsprevention.jamtland;
