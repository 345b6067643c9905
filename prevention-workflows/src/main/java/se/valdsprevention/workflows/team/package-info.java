/** The municipal team: members joining and leaving as processes, their revisions and their Camunda identity. */
package se.valdsprevention.workflows.team;
