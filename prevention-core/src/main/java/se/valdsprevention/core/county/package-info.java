/** Counties, their municipalities and departments, and the county–municipality agreement. */
package se.valdsprevention.core.county;
