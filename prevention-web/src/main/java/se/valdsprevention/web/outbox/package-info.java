/** The administrator's outbox page ({@code /utkorg}): what the notifications sent, wait for or could not send. */
package se.valdsprevention.web.outbox;
