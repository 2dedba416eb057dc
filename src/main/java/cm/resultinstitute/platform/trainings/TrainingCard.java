package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.shared.text.Language;
import java.time.LocalDate;

/** What a list of trainings shows of each one, its title in {@code language} and its category's name. */
public record TrainingCard(
        Integer id,
        String title,
        String slug,
        String category,
        TrainingLevel level,
        LocalDate startDate,
        LocalDate endDate,
        String location,
        Integer durationHours,
        Language language,
        String categoryName) {}
