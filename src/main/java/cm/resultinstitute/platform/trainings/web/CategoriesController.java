package cm.resultinstitute.platform.trainings.web;

import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.NotNullWhenSent;
import cm.resultinstitute.platform.shared.web.ReaderLanguages;
import cm.resultinstitute.platform.trainings.Categories;
import cm.resultinstitute.platform.trainings.CategoryView;
import cm.resultinstitute.platform.users.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** The list of categories, named in English and French: anyone reads it, admins change it. */
@RestController
@RequestMapping(ApiPaths.V1 + "/categories")
@Tag(name = "Trainings and sessions")
class CategoriesController {

    private final Categories categories;
    private final ReaderLanguages readers;

    CategoriesController(Categories categories, ReaderLanguages readers) {
        this.categories = categories;
        this.readers = readers;
    }

    @GetMapping
    ResponseEntity<List<CategoryView>> list(
            @RequestParam(required = false) @Parameter(description = "The language of `name`") Language lang,
            HttpServletRequest request) {
        Language reader = readers.of(lang, request);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.code())
                .body(categories.list(reader));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CategoryView> add(Caller caller, @Valid @RequestBody NewCategory request) {
        CategoryView added = categories.add(request.value(), request.nameEn(), request.nameFr(), caller);
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/categories/"
                        + UriUtils.encodePathSegment(added.value(), java.nio.charset.StandardCharsets.UTF_8)))
                .body(added);
    }

    @PatchMapping("/{value}")
    CategoryView rename(
            Caller caller,
            @PathVariable @Parameter(description = "The category's stored value") String value,
            @Valid @RequestBody CategoryNames request) {
        return categories.rename(value, request.nameEn(), request.nameFr(), caller);
    }

    @DeleteMapping("/{value}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Caller caller, @PathVariable @Parameter(description = "The category's stored value") String value) {
        categories.remove(value, caller);
    }

    /** {@code POST /categories}: the value trainings and posts will store, and its names. */
    record NewCategory(
            @NotBlank @Size(max = 100) String value,
            @NotBlank @Size(max = 100) String nameEn,
            @NotBlank @Size(max = 100) String nameFr) {}

    /** {@code PATCH /categories/{value}}: the names to change. */
    record CategoryNames(
            @Size(min = 1, max = 100) @NotNullWhenSent String nameEn,
            @Size(min = 1, max = 100) @NotNullWhenSent String nameFr) {}
}
