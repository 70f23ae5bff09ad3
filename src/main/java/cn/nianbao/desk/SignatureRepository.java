package cn.nianbao.desk;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignatureRepository extends JpaRepository<Signature, String> {

    List<Signature> findByUsernameIn(Collection<String> usernames);
}
