/** Who may call the application: authentication of the REST APIs and the first administrator. */
package se.valdsprevention.app.security;
