package cn.nianbao.notification;

import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own email setting for notifications (个人邮件设置 on 我的消息). */
@Service
@Transactional
public class EmailSettings {

    private final EmailSettingRepository settings;
    private final CurrentActor currentActor;
    private final Validator validator;

    EmailSettings(EmailSettingRepository settings, CurrentActor currentActor, Validator validator) {
        this.settings = settings;
        this.currentActor = currentActor;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public EmailPreference mine() {
        return settings.findById(currentActor.require().userId())
                .map(EmailSetting::toPreference)
                .orElse(EmailPreference.NONE);
    }

    /** Saves one's address and choice; an address that is not a valid email is refused and nothing changes. */
    public void save(String email, boolean enabled) {
        String address = email == null ? "" : email.strip();
        if (!validator.validate(new Address(address)).isEmpty()) {
            throw new InvalidEmailException("邮箱地址格式不正确，请填写如 name@example.gov.cn 的地址。");
        }
        Actor actor = currentActor.require();
        settings.findById(actor.userId())
                .ifPresentOrElse(
                        setting -> setting.change(address, enabled),
                        () -> settings.save(new EmailSetting(actor.userId(), actor.username(), address, enabled)));
    }

    /** Bean Validation's email rule, so the check is the library's and not a home-made pattern. */
    private record Address(@NotBlank @Email @Size(max = 254) String value) {}
}
