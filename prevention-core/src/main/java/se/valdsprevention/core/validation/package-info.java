/** Collecting every rule a domain document breaks, each with the full path of the field that breaks it. */
package se.valdsprevention.core.validation;
