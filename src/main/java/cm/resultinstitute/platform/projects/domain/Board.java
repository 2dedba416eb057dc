package cm.resultinstitute.platform.projects.domain;

import cm.resultinstitute.platform.projects.TaskStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of one project's board, each numbered 0..n-1 without gaps or repeats. The caller holds the project's
 * lock, so that no other move reads the columns in between.
 */
public final class Board {

    private final Map<TaskStatus, List<Task>> columns = new EnumMap<>(TaskStatus.class);

    private Board(List<Task> tasks) {
        for (TaskStatus status : TaskStatus.values()) {
            columns.put(status, new ArrayList<>());
        }
        tasks.stream()
                .sorted(Comparator.comparingInt(Task::getOrderIndex).thenComparing(Task::getId))
                .forEach(task -> columns.get(task.getStatus()).add(task));
    }

    /** The board of these tasks, all of one project. */
    public static Board of(List<Task> tasks) {
        return new Board(tasks);
    }

    public int size(TaskStatus status) {
        return columns.get(status).size();
    }

    /** Moves a task (already on the board or new) to a place of a column; a place past the end means the end. */
    public void place(Task task, TaskStatus status, int position, Clock clock) {
        columns.values().forEach(column -> column.remove(task));
        List<Task> column = columns.get(status);
        int at = Math.max(0, Math.min(position, column.size()));
        column.add(at, task);
        task.moveTo(status, at, clock);
        renumber();
    }

    /** Takes a task off the board, closing the gap it leaves. */
    public void remove(Task task) {
        columns.values().forEach(column -> column.remove(task));
        renumber();
    }

    private void renumber() {
        columns.values().forEach(column -> {
            for (int i = 0; i < column.size(); i++) {
                column.get(i).renumber(i);
            }
        });
    }
}
