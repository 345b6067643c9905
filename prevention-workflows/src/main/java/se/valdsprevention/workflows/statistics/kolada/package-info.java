/** Statistics from Kolada v3, the open database of Swedish municipal key figures: its client and configuration. */
package se.valdsprevention.workflows.statistics.kolada;
