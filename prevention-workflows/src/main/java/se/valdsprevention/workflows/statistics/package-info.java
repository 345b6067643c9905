/**
 * The county's statistics: the template indicators fetched from Kolada for every municipality, the fetches that
 * brought them, and the service that runs a county-wide fetch in the background.
 */
package se.valdsprevention.workflows.statistics;
