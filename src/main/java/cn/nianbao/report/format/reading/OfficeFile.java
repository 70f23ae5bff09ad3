package cn.nianbao.report.format.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What must be refused before a Word file is opened: an old binary .doc or an encrypted .docx (both OLE2 files), a
 * file that is not a zip, and a zip that unpacks to far more than any report (a zip bomb). The unpacked size is
 * counted by inflating each entry into a small buffer, so the check itself costs bounded memory.
 */
final class OfficeFile {

    static final String OLD_WORD = "这是旧版 Word 文件（.doc），无法读取；请在 Word 中「另存为」Word 文档（.docx）后再上传。";
    static final String ENCRYPTED = "文件设有打开密码（已加密），无法读取；请在 Word 中取消密码后另存，再上传。";
    static final String CORRUPT = "文件已损坏或不是 Word 文档（.docx），无法读取。";
    static final String ZIP_BOMB = "文件解压后过大或层层压缩（疑似「压缩炸弹」），拒绝读取。";

    /** All parts of a report's .docx together, unpacked: pictures and fonts included, far above any real one. */
    static final long MAX_UNPACKED = 200L * 1024 * 1024;

    /** The XML of the document itself: a report's is well under 1 MB, and it is parsed into memory. */
    static final long MAX_XML_PART = 20L * 1024 * 1024;

    static final int MAX_PARTS = 2_000;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private OfficeFile() {}

    static boolean isOle2(byte[] bytes) {
        return bytes.length >= OLE2.length && Arrays.equals(bytes, 0, OLE2.length, OLE2, 0, OLE2.length);
    }

    /** An OLE2 file is never read: an encrypted .docx says so, anything else is an old .doc (or not Word at all). */
    static UnreadableReportException refusalOfOle2(byte[] bytes) {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = file.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                return new UnreadableReportException(ENCRYPTED);
            }
            return new UnreadableReportException(OLD_WORD);
        } catch (IOException | RuntimeException e) {
            return new UnreadableReportException(CORRUPT);
        }
    }

    /** Refuses a .docx that is not a zip with a document part, or whose parts unpack beyond the limits. */
    static void refuseUnsafeZip(byte[] bytes, ReadingBudget budget) throws UnreadableReportException {
        long unpacked = 0;
        int parts = 0;
        boolean document = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw new UnreadableReportException(ZIP_BOMB);
                }
                document |= entry.getName().equals("word/document.xml");
                long part = 0;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    part += read;
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED || entry.getName().endsWith(".xml") && part > MAX_XML_PART) {
                        throw new UnreadableReportException(ZIP_BOMB);
                    }
                    budget.inTime();
                }
            }
        } catch (UnreadableReportException refused) {
            throw refused;
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableReportException(CORRUPT);
        }
        if (!document) {
            throw new UnreadableReportException(CORRUPT);
        }
    }
}
