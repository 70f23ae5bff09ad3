package cn.nianbao.publication;

/** The SM3 digests of an edition's stored files, read without the files themselves. */
record EditionDigests(String pdfSm3, String jsonSm3, String supersededPdfSm3) {

    static EditionDigests of(EditionFile file) {
        return new EditionDigests(
                file.getPdfSm3(), file.getJsonSm3(), file.supersededPdfSm3().orElse(null));
    }
}
