package cm.resultinstitute.platform.trainings;

import java.time.LocalDate;

/** The filters of the catalogue, all optional: {@code q} is fuzzy; {@code from}/{@code to} keep trainings that run then. */
public record TrainingFilter(
        TrainingStatus status, String category, TrainingLevel level, String q, LocalDate from, LocalDate to) {}
