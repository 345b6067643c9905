package se.valdsprevention.web.situation;

/** One saved revision in the page's list: its number, who saved it, when (ÅÅÅÅ-MM-DD HH:mm) and its status. */
public record RevisionView(int number, String author, String savedAt, String status) {}
