package cm.resultinstitute.platform.shared.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code boolean} asking an import for a trial run: {@code ?dryRun=true}, or {@code ?dryRun} alone. Spring reads
 * an empty value as the default, so {@code ?dryRun} ran the import for real; the flag as typed must never do that.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(
        in = ParameterIn.QUERY,
        name = DryRun.NAME,
        description = "true (or the name alone) reports what would happen and changes nothing.",
        schema = @Schema(type = "boolean", defaultValue = "false"))
public @interface DryRun {

    String NAME = "dryRun";
}
