/** Avstämningsprotokoll: the municipality's check-ins and the protocol of an open one, written on a page. */
package se.valdsprevention.web.checkin;
