package cm.resultinstitute.platform.blog.web;

import cm.resultinstitute.platform.blog.BlogPosts;
import cm.resultinstitute.platform.blog.NameCount;
import cm.resultinstitute.platform.blog.PostFilter;
import cm.resultinstitute.platform.blog.PostStatus;
import cm.resultinstitute.platform.blog.PostView;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.PageResponse;
import cm.resultinstitute.platform.shared.web.ReaderLanguages;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.users.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The blog's JSON API: anyone reads what is published; trainers and admins write. */
@RestController
@RequestMapping(ApiPaths.V1 + "/blog")
@Tag(name = "Blog")
class BlogController {

    static final String LANG = "The language to read the posts in (else the caller's preference, else"
            + " Accept-Language); a post not translated into it comes in its original language";

    static final String TRANSLATIONS = "all: add every translation of each post (`translations`)";

    private final BlogPosts posts;
    private final ReaderLanguages readers;

    BlogController(BlogPosts posts, ReaderLanguages readers) {
        this.posts = posts;
        this.readers = readers;
    }

    @GetMapping("/posts")
    ResponseEntity<PageResponse<PostView>> list(
            Optional<Caller> caller,
            @RequestParam(required = false) @Parameter(description = LANG) Language lang,
            @RequestParam(required = false) @Parameter(description = TRANSLATIONS) @Pattern(regexp = "all")
                    String translations,
            HttpServletRequest request,
            @RequestParam(required = false) @Size(max = 100) String category,
            @RequestParam(required = false) @Size(max = 50) String tag,
            @RequestParam(required = false) Integer authorId,
            @RequestParam(required = false) PostStatus status,
            @RequestParam(required = false) @Size(max = 100) String q,
            @SortableBy(
                            value = {"publishedAt", "createdAt", "updatedAt", "title", "views", "id"},
                            defaultSort = "publishedAt,desc")
                    PageQuery page) {
        Language reader = readers.of(lang, request);
        PostFilter filter = new PostFilter(category, tag, authorId, status, q);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.code())
                .body(PageResponse.of(posts.list(filter, caller, page.pageable(), reader, translations != null)));
    }

    @GetMapping("/posts/{id}")
    ResponseEntity<PostView> read(
            Optional<Caller> caller,
            @PathVariable("id") @Parameter(description = "The post's id or its slug") @Size(max = 255) String idOrSlug,
            @RequestParam(required = false) @Parameter(description = LANG) Language lang,
            @RequestParam(required = false) @Parameter(description = TRANSLATIONS) @Pattern(regexp = "all")
                    String translations,
            HttpServletRequest request) {
        PostView post = posts.read(idOrSlug, caller, readers.of(lang, request), translations != null);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, post.language().code())
                .body(post);
    }

    @PostMapping("/posts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'TRAINER')")
    ResponseEntity<PostView> create(Caller caller, @Valid @RequestBody CreatePostRequest request) {
        PostView created = posts.create(request.post(), caller);
        return ResponseEntity.created(URI.create(ApiPaths.V1 + "/blog/posts/" + created.id()))
                .body(created);
    }

    @PatchMapping("/posts/{id}")
    PostView update(Caller caller, @PathVariable int id, @Valid @RequestBody UpdatePostRequest request) {
        return posts.update(id, request.changes(), caller);
    }

    @DeleteMapping("/posts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Caller caller, @PathVariable int id) {
        posts.delete(id, caller);
    }

    @GetMapping("/tags")
    List<NameCount> tags() {
        return posts.tags();
    }

    @GetMapping("/categories")
    List<NameCount> categories() {
        return posts.categories();
    }
}
