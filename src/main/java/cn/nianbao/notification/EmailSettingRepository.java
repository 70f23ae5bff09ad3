package cn.nianbao.notification;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmailSettingRepository extends JpaRepository<EmailSetting, Long> {

    Optional<EmailSetting> findByUsername(String username);
}
