/** The demo county (profile {@code demo}): users named by role and municipality, with a known password. */
package se.valdsprevention.app.demo;
