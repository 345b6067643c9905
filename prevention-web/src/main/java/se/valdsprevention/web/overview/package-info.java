/** Länsöversikt: the county officer's table of all municipalities, and each municipality's page with its history. */
package se.valdsprevention.web.overview;
