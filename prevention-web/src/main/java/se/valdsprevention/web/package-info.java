/** The planning workspace: server-rendered pages in Swedish and the domain REST API, auto-configured. */
package se.valdsprevention.web;
