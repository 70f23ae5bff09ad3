package cn.nianbao.publication;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the public API ({@link PublicApiController}); field names as in the JSON download. */
final class ApiShapes {

    private ApiShapes() {}

    @Schema(description = "已发布报告列表中的一项（每个机关每个年度只列当前版本）")
    record ReportSummary(long publicationId, long agencyId, String agency, int year, String title, String publishedAt) {

        static ReportSummary of(PublishedReport entry) {
            return new ReportSummary(
                    entry.publicationId(),
                    entry.agencyId(),
                    entry.agencyName(),
                    entry.year(),
                    entry.title(),
                    ReportData.publishedAt(entry));
        }
    }

    @Schema(description = "一页结果：page 从 0 起，total 为全部条数")
    record Page<T>(List<T> items, int page, int size, long total, int totalPages) {}

    @Schema(description = "一份已发布报告及其表格")
    record Report(
            long publicationId,
            long agencyId,
            String agency,
            int year,
            String title,
            String publishedAt,
            String format,
            Edition edition,
            ApiTables tables) {}

    @Schema(description = "本版本：第几版、是否现行，及发布时文件的 SM3 摘要（发布后不再改变），被更正后另有加注「已被更正」的 PDF 的摘要")
    record Edition(
            int number,
            boolean current,
            Long supersededBy,
            String pdfSm3,
            String jsonSm3,

            @Schema(nullable = true, description = "本版本被更正后，下载的 PDF 加注「已被更正」，这是该文件的摘要")
            String supersededPdfSm3) {}

    @Schema(description = "机关一个年度的报告：在本站发布的（publicationId）或导入的历史年报（imported）")
    record Year(int year, Long publicationId, boolean imported, Map<String, Long> headline, ApiTables tables) {}

    @Schema(description = "一个机关历年的报告，新的在前")
    record AgencyYears(long agencyId, String agency, List<Year> years) {}

    @Schema(description = "辖区汇总：下级机关已发布报告的合计，及已纳入、未发布的机关")
    record AreaSums(
            long agencyId, String agency, int year, List<String> included, List<String> missing, ApiTables tables) {}
}
