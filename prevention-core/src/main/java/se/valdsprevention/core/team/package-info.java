/** The municipal team (kommunteam): its members, their roles and substitutes, and its representation of departments. */
package se.valdsprevention.core.team;
