package cn.nianbao.publication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EditionFileRepository extends JpaRepository<EditionFile, Long> {

    /** The editions whose JSON or PDF has this digest (the digest of a file someone holds). */
    @Query("select f.publicationId from EditionFile f where f.jsonSm3 = :sm3 or f.pdfSm3 = :sm3")
    List<Long> publicationsWithDigest(String sm3);
}
