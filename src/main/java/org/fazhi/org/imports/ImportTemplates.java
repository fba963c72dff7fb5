package org.fazhi.org.imports;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.handler.SheetWriteHandler;
import cn.idev.excel.write.handler.context.SheetWriteHandlerContext;
import cn.idev.excel.write.style.column.SimpleColumnWidthStyleStrategy;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The import templates (导入模板): the sheet to fill in, with code columns formatted as text so that Excel does not
 * turn an 18-digit identity number into {@code 4.1E+17}, and a second sheet explaining each column.
 */
final class ImportTemplates {

    private ImportTemplates() {
    }

    static byte[] units() {
        return write(UnitSheetRow.class, "单位", new int[]{4, 5}, List.of(
                List.of("单位名称", "必填。单位全称，本县内不能重名，如：示范县司法局"),
                List.of("简称", "选填，如：县司法局"),
                List.of("单位类型", "必填：部门、乡镇、街道、村、社区、派出机构、事业单位、内设机构"),
                List.of("上级单位", "必填。已有单位的全称，或本表中另一行的单位名称"),
                List.of("行政区划代码", "选填。乡镇（街道）9位、村（社区）12位，须为本县区划"),
                List.of("统一社会信用代码", "选填。18位，按 GB 32100 校验"),
                List.of("发文机关代字", "选填，如：示司；本县内不能重复"),
                List.of("行政执法主体", "填“是”或“否”；内设机构和村（社区）不能为执法主体"),
                List.of("规范性文件制定主体", "填“是”或“否”；限县政府、部门、乡镇（街道）"),
                List.of("行政复议机关", "填“是”或“否”；只有县人民政府是复议机关"),
                List.of("排序号", "选填，整数，越小越靠前"),
                List.of("说明", "导入前逐行校验，有任何一行错误则全部不导入；同一文件不能重复导入")));
    }

    static byte[] people() {
        return write(PersonSheetRow.class, "人员", new int[]{3, 4}, List.of(
                List.of("姓名", "必填"),
                List.of("所在单位", "必填。已有单位的全称"),
                List.of("性别", "选填：男、女；不填时按身份证号确定"),
                List.of("身份证号", "选填。18位，按 GB 11643 校验；同一人不能重复登记"),
                List.of("手机号", "选填。11位"),
                List.of("职务", "选填"),
                List.of("单位负责人", "填“是”或“否”"),
                List.of("说明", "导入前逐行校验，有任何一行错误则全部不导入；同一文件不能重复导入")));
    }

    private static byte[] write(Class<?> type, String sheetName, int[] textColumns, List<List<String>> notes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExcelWriter writer = FastExcel.write(out).build()) {
            writer.write(List.of(), FastExcel.writerSheet(0, sheetName).head(type)
                    .registerWriteHandler(new SimpleColumnWidthStyleStrategy(22))
                    .registerWriteHandler(new TextColumns(textColumns)).build());
            writer.write(notes, FastExcel.writerSheet(1, "填写说明")
                    .head(List.of(List.of("列"), List.of("填写要求")))
                    .registerWriteHandler(new SimpleColumnWidthStyleStrategy(60)).build());
        }
        return out.toByteArray();
    }

    /** Formats whole columns as text ("@") before anyone types into them. */
    private record TextColumns(int[] columns) implements SheetWriteHandler {
        @Override
        public void afterSheetCreate(SheetWriteHandlerContext context) {
            Sheet sheet = context.getWriteSheetHolder().getSheet();
            Workbook workbook = context.getWriteWorkbookHolder().getWorkbook();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (int column : columns) {
                sheet.setDefaultColumnStyle(column, text);
            }
        }
    }
}
