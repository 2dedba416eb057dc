package cm.resultinstitute.platform.trainings;

import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.trainings.domain.TrainingRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public face of the catalogue: what anyone may see of the trainings. */
@Service
public class TrainingCatalog {

    private final TrainingRepository trainings;
    private final AppProperties properties;
    private final Clock clock;

    TrainingCatalog(TrainingRepository trainings, AppProperties properties, Clock clock) {
        this.trainings = trainings;
        this.properties = properties;
        this.clock = clock;
    }

    /** Published trainings that have not ended, the soonest first. */
    @Transactional(readOnly = true)
    public List<TrainingCard> current(int limit) {
        return trainings.findCurrentCards(TrainingStatus.PUBLISHED, properties.today(clock), Limit.of(limit));
    }
}
