package se.valdsprevention.web.api;

/**
 * The cycle a document belongs to, found through the open task the caller works on: the task, and
 * the id of the cycle's current turn ({@code cycleId}, or the process instance for a process that
 * does not number its turns).
 */
record OpenCycle(String taskId, String cycleId) {}
