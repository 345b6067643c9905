/** The board report (rapport till kommunstyrelsen): a municipality's publishable picture, plan and follow-up as PDF. */
package se.valdsprevention.web.report;
