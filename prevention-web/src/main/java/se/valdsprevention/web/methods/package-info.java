/** The method bank (metodbank): methods and communication material the county curates and municipalities share. */
package se.valdsprevention.web.methods;
