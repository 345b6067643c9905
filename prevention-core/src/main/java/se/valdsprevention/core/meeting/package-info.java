/** Monthly check-ins (månadsavstämningar): agenda, attendance, notes and the actions agreed. */
package se.valdsprevention.core.meeting;
