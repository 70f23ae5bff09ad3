package cn.nianbao.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByUsernameAndReadAtIsNull(String username);

    List<Notification> findTop100ByUsernameOrderByIdDesc(String username);

    List<Notification> findByUsernameAndReadAtIsNull(String username);

    Optional<Notification> findByIdAndUsername(long id, String username);

    List<Notification> findByLinkAndKindInAndReadAtIsNull(String link, Collection<NotificationKind> kinds);
}
