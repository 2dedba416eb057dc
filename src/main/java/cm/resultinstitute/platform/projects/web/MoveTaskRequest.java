package cm.resultinstitute.platform.projects.web;

import cm.resultinstitute.platform.projects.TaskStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code POST /tasks/{id}/move}: the column and the place in it, counted from 0 (the status defaults to the current one). */
record MoveTaskRequest(
        TaskStatus status, @NotNull @Min(0) @Max(100000) Integer position) {}
