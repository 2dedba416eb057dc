package cm.resultinstitute.platform.attendance.web;

import cm.resultinstitute.platform.attendance.AttendanceMark;
import cm.resultinstitute.platform.attendance.AttendanceRegister;
import cm.resultinstitute.platform.attendance.AttendanceStatus;
import cm.resultinstitute.platform.attendance.AttendanceView;
import cm.resultinstitute.platform.attendance.CheckInCode;
import cm.resultinstitute.platform.attendance.MyAttendance;
import cm.resultinstitute.platform.attendance.RosterRow;
import cm.resultinstitute.platform.shared.AppProperties;
import cm.resultinstitute.platform.shared.text.Language;
import cm.resultinstitute.platform.shared.web.ApiPaths;
import cm.resultinstitute.platform.shared.web.PageQuery;
import cm.resultinstitute.platform.shared.web.PageResponse;
import cm.resultinstitute.platform.shared.web.QrCodes;
import cm.resultinstitute.platform.shared.web.ReaderLanguages;
import cm.resultinstitute.platform.shared.web.SortableBy;
import cm.resultinstitute.platform.users.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Attendance: the roster, bulk marking, self check-in with rotating codes, and one's own attendance. */
@RestController
@Validated
@Tag(name = "Attendance")
class AttendanceController {

    static final int QR_SIZE = 320;

    /** One row of {@code PUT /sessions/{id}/attendance}. */
    record MarkRequest(
            @NotNull Integer userId,
            @NotNull AttendanceStatus status,
            @Size(max = 2000) String notes) {}

    /** {@code POST /sessions/{id}/check-in}. */
    record CheckInRequest(@NotBlank @Size(max = 12) String code) {}

    private final AttendanceRegister register;
    private final AppProperties properties;
    private final SignInSheetDownloads sheets;
    private final ReaderLanguages readers;

    AttendanceController(
            AttendanceRegister register,
            AppProperties properties,
            SignInSheetDownloads sheets,
            ReaderLanguages readers) {
        this.readers = readers;
        this.register = register;
        this.properties = properties;
        this.sheets = sheets;
    }

    /** The printable sheet for a room without network: owner trainer and admins, in the caller's language. */
    @GetMapping(value = ApiPaths.V1 + "/sessions/{id}/sign-in-sheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> signInSheet(Caller caller, @PathVariable int id, Locale locale) {
        return sheets.download(id, caller, locale, properties.link("/my/check-in"));
    }

    @GetMapping(ApiPaths.V1 + "/sessions/{id}/attendance")
    PageResponse<RosterRow> roster(
            Caller caller,
            @PathVariable int id,
            @SortableBy(
                            value = {"lastName", "firstName", "email", "status"},
                            defaultSort = "lastName,asc")
                    PageQuery page) {
        return PageResponse.of(register.roster(id, page.pageable(), caller));
    }

    @PutMapping(ApiPaths.V1 + "/sessions/{id}/attendance")
    List<AttendanceView> mark(
            Caller caller,
            @PathVariable int id,
            @RequestBody @Size(min = 1, max = 1000) List<@NotNull @Valid MarkRequest> marks) {
        return register.mark(
                id,
                marks.stream()
                        .map(m -> new AttendanceMark(m.userId(), m.status(), m.notes()))
                        .toList(),
                caller);
    }

    @GetMapping(ApiPaths.V1 + "/sessions/{id}/check-in-code")
    @ApiResponse(
            responseCode = "200",
            description = "The code, or its QR image with format=png",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = CheckInCode.class)),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))
            })
    ResponseEntity<?> checkInCode(
            Caller caller,
            @PathVariable int id,
            @RequestParam(required = false)
                    @Parameter(
                            description = "png: the code's QR image instead of JSON",
                            schema = @Schema(allowableValues = "png"))
                    String format) {
        CheckInCode code = register.checkInCode(id, caller);
        if ("png".equalsIgnoreCase(format)) {
            String link = properties.link("/my/check-in?session=" + id + "&code=" + code.code());
            return ResponseEntity.ok()
                    .contentType(MediaType.IMAGE_PNG)
                    .cacheControl(CacheControl.noStore())
                    .body(QrCodes.png(link, QR_SIZE));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(code);
    }

    @PostMapping(ApiPaths.V1 + "/sessions/{id}/check-in")
    AttendanceView checkIn(Caller caller, @PathVariable int id, @Valid @RequestBody CheckInRequest request) {
        return register.checkIn(id, request.code(), caller);
    }

    @PostMapping(ApiPaths.V1 + "/sessions/{id}/check-out")
    AttendanceView checkOut(Caller caller, @PathVariable int id) {
        return register.checkOut(id, caller);
    }

    @GetMapping(ApiPaths.V1 + "/me/attendance")
    ResponseEntity<PageResponse<MyAttendance>> mine(
            Caller caller,
            @RequestParam(required = false)
                    @Parameter(
                            description = "The language to read the sessions and trainings in (else the caller's"
                                    + " preference, else Accept-Language); one not translated into it comes in its"
                                    + " original language")
                    Language lang,
            HttpServletRequest request,
            @SortableBy(
                            value = {"sessionDate", "status"},
                            defaultSort = "sessionDate,desc")
                    PageQuery page) {
        Language reader = readers.of(lang, request);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, reader.code())
                .body(PageResponse.of(register.mine(caller, page.pageable(), reader)));
    }
}
