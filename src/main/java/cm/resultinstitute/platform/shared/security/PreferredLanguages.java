package cm.resultinstitute.platform.shared.security;

import cm.resultinstitute.platform.shared.text.Language;
import java.util.Optional;
import org.springframework.security.core.Authentication;

/** The language a signed-in user chose to read the platform in. */
public interface PreferredLanguages {

    Optional<Language> of(Authentication authentication);
}
