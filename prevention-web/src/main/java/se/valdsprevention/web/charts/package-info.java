/** Charts of situation pictures, drawn once on the server as SVG for the pages and the PDF reports alike. */
package se.valdsprevention.web.charts;
