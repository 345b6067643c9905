/** The start page (Mina kommuner): the user's municipalities, their cycles, steps and open tasks. */
package se.valdsprevention.web.home;
