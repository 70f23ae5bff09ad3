package cn.nianbao.coordination.ui;

import cn.nianbao.coordination.AreaExport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import java.util.function.IntSupplier;

/** 导出 Excel / 导出 CSV: the year's list (and, in the workbook, the area's summed tables), made when clicked. */
class AreaExportLinks extends HorizontalLayout {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    AreaExportLinks(AreaExport export, IntSupplier year) {
        Anchor xlsx = link(year, export::xlsx, ".xlsx", XLSX_TYPE, "导出 Excel");
        xlsx.setId("area-export-xlsx");
        Anchor csv = link(year, export::csv, ".csv", "text/csv;charset=UTF-8", "导出 CSV");
        csv.setId("area-export");
        add(xlsx, csv);
        setPadding(false);
    }

    private static Anchor link(
            IntSupplier year, Function<Integer, byte[]> file, String extension, String type, String label) {
        return new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    int shown = year.getAsInt();
                    byte[] bytes = file.apply(shown);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "辖区进度-" + shown + extension, type, bytes.length);
                }),
                label);
    }
}
