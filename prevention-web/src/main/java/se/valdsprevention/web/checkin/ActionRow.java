package se.valdsprevention.web.checkin;

/** One agreed action's row, as entered: description, owner (a member id) and due date as typed. */
public record ActionRow(int index, String description, String owner, String dueDate) {

    public int number() {
        return index + 1;
    }

    public String descriptionField() {
        return "actionDescription" + index;
    }

    public String ownerField() {
        return "actionOwner" + index;
    }

    public String dueDateField() {
        return "actionDueDate" + index;
    }

    boolean blank() {
        return isBlank(description) && isBlank(owner) && isBlank(dueDate);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
