/** The domain API: situation pictures and action plans a coordinator sends for their municipality's open cycle. */
package se.valdsprevention.web.api;
