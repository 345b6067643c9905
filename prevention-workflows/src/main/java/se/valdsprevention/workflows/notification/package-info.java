/**
 * Notifications by e-mail: the outbox (utkorg) written in the event's transaction, the users' choices, and the
 * sender that delivers the outbox after commit with retries.
 */
package se.valdsprevention.workflows.notification;
