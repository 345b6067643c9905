/**
 * The engine API as users may use it: the guard that lets a non-administrator do only what the workflow's forms
 * allow, and Swedish error answers without engine internals, for {@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}.
 */
package se.valdsprevention.web.engineapi;
