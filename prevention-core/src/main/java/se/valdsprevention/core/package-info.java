/** The prevention domain: counties, municipalities, situation pictures, action plans and their analyses. */
package se.valdsprevention.core;
