package cn.nianbao.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published data for other systems, read-only and without login: the list (searchable, in pages), one report
 * with its tables, an agency's years and a government's area sums. Every answer carries an ETag and {@code no-cache},
 * so that a client revalidates and an unchanged answer costs a 304. Described at {@code /public/api/openapi.json},
 * tried out at {@code /public/api}.
 */
@RestController
@RequestMapping(path = "/public/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "已发布的年度报告", description = "只读，无需登录")
class PublicApiController {

    private final PublicationService publications;
    private final PublishedAreaSums areas;
    private final JsonMapper json;
    private final EditionFiles files;
    private final PublicPages pages;

    PublicApiController(
            PublicationService publications,
            PublishedAreaSums areas,
            JsonMapper json,
            EditionFiles files,
            PublicPages pages) {
        this.publications = publications;
        this.pages = pages;
        this.files = files;
        this.areas = areas;
        this.json = json;
    }

    @GetMapping("/reports")
    @Operation(summary = "已发布报告列表，按年度新到旧；q 按机关名称查找（按顺序包含所输入的字，如「科技」可找到科学技术局）")
    ResponseEntity<ApiShapes.Page<ApiShapes.ReportSummary>> reports(
            @Parameter(description = "机关名称或其简称") @RequestParam(required = false) String q,
            @Parameter(description = "四位数字的年度", schema = @Schema(type = "integer", example = "2024"))
                    @RequestParam(required = false)
                    String year,
            @Parameter(description = "页码，从 0 开始", schema = @Schema(type = "integer", minimum = "0"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(
                            description = "每页条数，1 到 100，默认 20",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
                    @RequestParam(required = false)
                    String size) {
        ApiQuery query = ApiQuery.of(q, year, page, size);
        return tagged(query.pageOf(query.filter().apply(publications.list()).stream()
                .map(ApiShapes.ReportSummary::of)
                .toList()));
    }

    /**
     * Kept rendered like the portal's pages ({@link PublicPages}: an edition never changes, a publication empties
     * the cache), since other systems poll one report far more often than anything is published.
     */
    @GetMapping("/reports/{publicationId}")
    @Operation(summary = "一份已发布报告及其表二、表三、表四")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = ApiShapes.Report.class)))
    ResponseEntity<byte[]> report(@PathVariable long publicationId) {
        RenderedPage kept =
                pages.get("api report " + publicationId, () -> json.writeValueAsString(reportShape(publicationId)));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(kept.etag())
                .cacheControl(CacheControl.noCache().cachePublic())
                .body(kept.html());
    }

    private ApiShapes.Report reportShape(long publicationId) {
        PublishedReport entry = publications.find(publicationId).orElseThrow(PublicApiController::noReport);
        var tables = publications
                .content(publicationId)
                .orElseThrow(PublicApiController::noReport)
                .content()
                .tables();
        return new ApiShapes.Report(
                entry.publicationId(),
                entry.agencyId(),
                entry.agencyName(),
                entry.year(),
                entry.title(),
                ReportData.publishedAt(entry),
                ReportData.FORMAT,
                edition(publicationId),
                ApiTables.of(tables));
    }

    private ApiShapes.Edition edition(long publicationId) {
        List<PublishedVersion> versions = publications.versions(publicationId);
        int index = 0;
        while (versions.get(index).publicationId() != publicationId) {
            index++;
        }
        PublishedVersion shown = versions.get(index);
        EditionDigests digests =
                files.digests(publicationId, shown.current()).orElseThrow(PublicApiController::noReport);
        Long supersededBy = shown.current() ? null : versions.get(index + 1).publicationId();
        return new ApiShapes.Edition(
                shown.number(),
                shown.current(),
                supersededBy,
                digests.pdfSm3(),
                digests.jsonSm3(),
                digests.supersededPdfSm3());
    }

    @GetMapping("/agencies/{agencyId}/years")
    @Operation(summary = "一个机关历年的报告及主要数据，新的在前（含导入的历史年报）")
    ResponseEntity<ApiShapes.AgencyYears> agencyYears(@PathVariable long agencyId) {
        AgencyYears agency = publications.acrossYears(agencyId).orElseThrow(() -> ApiRefusal.notFound("这个机关没有已发布的报告。"));
        return tagged(new ApiShapes.AgencyYears(
                agencyId,
                agency.agencyName(),
                agency.years().stream()
                        .map(y -> new ApiShapes.Year(
                                y.year(), y.publicationId(), y.isImported(), y.headline(), ApiTables.of(y.tables())))
                        .toList()));
    }

    @GetMapping("/agencies/{agencyId}/area/{year}")
    @Operation(summary = "人民政府辖区内下级机关该年度已发布报告的合计")
    ResponseEntity<ApiShapes.AreaSums> areaSums(@PathVariable long agencyId, @PathVariable int year) {
        PublishedAreaSums.Area area =
                areas.of(agencyId, year).orElseThrow(() -> ApiRefusal.notFound("只有设有下级机关的人民政府才有辖区汇总。"));
        return tagged(new ApiShapes.AreaSums(
                agencyId, area.agencyName(), year, area.included(), area.missing(), ApiTables.of(area.tables())));
    }

    /** A GET whose If-None-Match matches is answered 304 without a body (Spring's HttpEntity handling). */
    private <T> ResponseEntity<T> tagged(T body) {
        return ResponseEntity.ok()
                .eTag(etag(json.writeValueAsBytes(body)))
                .cacheControl(CacheControl.noCache().cachePublic())
                .body(body);
    }

    private static String etag(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiRefusal noReport() {
        return ApiRefusal.notFound("没有这份已发布的报告。");
    }
}
