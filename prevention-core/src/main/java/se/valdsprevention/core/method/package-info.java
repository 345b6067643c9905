/** The method bank (metodbank): prevention methods to sort and choose from. */
package se.valdsprevention.core.method;
