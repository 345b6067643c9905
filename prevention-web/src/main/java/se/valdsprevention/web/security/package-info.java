/** One login for the workspace and Camunda's webapps, and who may read or edit which municipality. */
package se.valdsprevention.web.security;
