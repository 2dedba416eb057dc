package cm.resultinstitute.platform.trainings;

import java.time.LocalDate;

/** What a list of trainings shows of each one. */
public record TrainingCard(
        Integer id,
        String title,
        String slug,
        String category,
        TrainingLevel level,
        LocalDate startDate,
        LocalDate endDate,
        String location,
        Integer durationHours) {}
