package cn.nianbao.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.time.Instant;
import java.util.Optional;

/**
 * The JSON (compact, keys in the order it is served) and the PDF of one published edition, as stored when it was
 * first published or first asked for, with their SM3 digests (the JSON's over its {@link CanonicalJson canonical
 * form}). Never changed afterwards: rendering code may change, an edition's files and digests do not. A superseded
 * edition gets one more file, once ({@link EditionFiles#supersededPdf}): the PDF marked 已被更正, with its own digest.
 */
@Entity
class EditionFile {

    @Id
    private long publicationId;

    private String jsonSm3;

    private String pdfSm3;

    private String publishedJson;

    @Lob
    @Column(columnDefinition = "longblob")
    private byte[] pdf;

    private Instant storedAt;

    @Lob
    @Column(columnDefinition = "longblob")
    private byte[] supersededPdf;

    private String supersededPdfSm3;

    protected EditionFile() {}

    EditionFile(long publicationId, String publishedJson, byte[] pdf, Instant storedAt) {
        this.publicationId = publicationId;
        this.publishedJson = publishedJson;
        this.pdf = pdf.clone();
        this.jsonSm3 = Sm3.hex(CanonicalJson.bytes(CanonicalJson.of(CanonicalJson.bytes(publishedJson))));
        this.pdfSm3 = Sm3.hex(pdf);
        this.storedAt = storedAt;
    }

    long getPublicationId() {
        return publicationId;
    }

    String getJsonSm3() {
        return jsonSm3;
    }

    String getPdfSm3() {
        return pdfSm3;
    }

    String getPublishedJson() {
        return publishedJson;
    }

    byte[] getPdf() {
        return pdf.clone();
    }

    /** The PDF marked 已被更正, once the edition is superseded and that file has been made. */
    Optional<byte[]> supersededPdf() {
        return Optional.ofNullable(supersededPdf).map(byte[]::clone);
    }

    Optional<String> supersededPdfSm3() {
        return Optional.ofNullable(supersededPdfSm3);
    }
}
