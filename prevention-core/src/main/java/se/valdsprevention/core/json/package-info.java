/** Reading and writing domain documents as JSON with a schema version, refusing what is invalid with field paths. */
package se.valdsprevention.core.json;
