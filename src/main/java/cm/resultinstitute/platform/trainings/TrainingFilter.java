package cm.resultinstitute.platform.trainings;

import java.time.LocalDate;

/**
 * The filters of the catalogue, all optional: {@code q} is fuzzy; {@code from}/{@code to} keep trainings that run
 * then; {@code createdBy} keeps a trainer's own.
 */
public record TrainingFilter(
        TrainingStatus status,
        String category,
        TrainingLevel level,
        String q,
        LocalDate from,
        LocalDate to,
        Integer createdBy) {

    public TrainingFilter(
            TrainingStatus status, String category, TrainingLevel level, String q, LocalDate from, LocalDate to) {
        this(status, category, level, q, from, to, null);
    }
}
