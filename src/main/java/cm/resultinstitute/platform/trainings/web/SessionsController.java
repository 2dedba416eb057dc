package cm.resultinstitute.platform.trainings.web;

import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.ReaderLanguages;
import cm.resultinstitute.platform.trainings.SessionView;
import cm.resultinstitute.platform.trainings.TrainingSessions;
import cm.resultinstitute.platform.users.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** One session: read as its training, changed by the training's creator or an admin. */
@RestController
@RequestMapping(ApiPaths.V1 + "/sessions")
@Tag(name = "Trainings and sessions")
class SessionsController {

    private final TrainingSessions sessions;
    private final ReaderLanguages readers;

    SessionsController(TrainingSessions sessions, ReaderLanguages readers) {
        this.sessions = sessions;
        this.readers = readers;
    }

    @GetMapping("/{id}")
    ResponseEntity<SessionView> get(
            @PathVariable int id,
            Optional<Caller> caller,
            @RequestParam(required = false) @Parameter(description = TrainingsController.LANG) Language lang,
            HttpServletRequest request) {
        SessionView session = sessions.get(id, caller, readers.of(lang, request));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, session.language().code())
                .body(session);
    }

    @PatchMapping("/{id}")
    SessionView update(
            Caller caller, @PathVariable int id, @Valid @RequestBody TrainingRequests.UpdateSession request) {
        return sessions.update(id, request.details(), caller);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Caller caller, @PathVariable int id) {
        sessions.delete(id, caller);
    }
}
