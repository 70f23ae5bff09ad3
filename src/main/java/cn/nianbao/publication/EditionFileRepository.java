package cn.nianbao.publication;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EditionFileRepository extends JpaRepository<EditionFile, Long> {

    /** The editions whose JSON or PDF (as published, or marked 已被更正) has this digest (of a file someone holds). */
    @Query("select f.publicationId from EditionFile f"
            + " where f.jsonSm3 = :sm3 or f.pdfSm3 = :sm3 or f.supersededPdfSm3 = :sm3")
    List<Long> publicationsWithDigest(String sm3);

    @Query("select new cn.nianbao.publication.EditionDigests(f.pdfSm3, f.jsonSm3, f.supersededPdfSm3)"
            + " from EditionFile f where f.publicationId = :publicationId")
    Optional<EditionDigests> digestsOf(long publicationId);

    /** Keeps the first marked PDF made for an edition: a second one made meanwhile by another request is dropped. */
    @Modifying
    @Query("update EditionFile f set f.supersededPdf = :pdf, f.supersededPdfSm3 = :sm3"
            + " where f.publicationId = :publicationId and f.supersededPdfSm3 is null")
    int storeSupersededPdf(long publicationId, byte[] pdf, String sm3);
}
