/** How the REST API answers: refused input as 400 with the fields named. */
package se.valdsprevention.app.rest;
