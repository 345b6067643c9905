/** Monthly check-ins (månadsavstämningar) between the county and a municipality, with their actions. */
package se.valdsprevention.workflows.checkin;
