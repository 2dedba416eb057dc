package cm.resultinstitute.platform.projects.web;

import cm.resultinstitute.platform.projects.TaskStatus;
import cm.resultinstitute.platform.projects.TaskView;
import java.util.List;

/** One column of a board page: a status and its cards in order. */
record BoardColumn(TaskStatus status, List<TaskView> tasks) {}
