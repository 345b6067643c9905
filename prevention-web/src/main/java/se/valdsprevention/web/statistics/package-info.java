/** The county officer's page of the template indicators fetched from Kolada for all the county's municipalities. */
package se.valdsprevention.web.statistics;
