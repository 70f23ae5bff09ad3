package cn.nianbao.report.lexicon;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LexiconWordRepository extends JpaRepository<LexiconWord, Long> {

    boolean existsByWord(String word);

    List<LexiconWord> findAllByOrderByWordAsc();
}
