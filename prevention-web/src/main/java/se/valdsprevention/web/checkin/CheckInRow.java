package se.valdsprevention.web.checkin;

/** One check-in in the municipality's list: held, or open with or without a saved draft. */
public record CheckInRow(
        String path, String date, String state, String attended, int actionCount, String actionStatus) {}
