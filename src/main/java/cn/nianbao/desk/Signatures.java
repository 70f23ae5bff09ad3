package cn.nianbao.desk;

import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's or leader's own signature image for the 签字 cells of the 审批表 and 签发单: uploaded, replaced and
 * removed only by its owner, read only by its owner and by the forms. A PNG of at most {@link #MAX_BYTES}, checked by
 * its bytes and decoded, not by its file name, so a renamed file or a picture too large to print is refused.
 */
@Service
public class Signatures {

    public static final int MAX_BYTES = 200 * 1024;
    static final int MAX_WIDTH = 1200;
    static final int MAX_HEIGHT = 600;
    static final AuditAction SIGNATURE_CHANGED = new AuditAction("SIGNATURE_CHANGED", "签名图片变更");

    /** The people who sign a form: the three review steps. */
    static final Set<Role> SIGNERS = Set.of(Role.SECRECY_REVIEWER, Role.SUPERVISOR, Role.LEAD);

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final SignatureRepository signatures;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    Signatures(SignatureRepository signatures, CurrentActor currentActor, AuditTrail audit, Clock clock) {
        this.signatures = signatures;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in person signs forms, and so has a signature to keep. */
    public boolean maySign() {
        return SIGNERS.stream().anyMatch(currentActor.require()::has);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> mine() {
        return signatures.findById(signer().username()).map(Signature::png);
    }

    @Transactional
    public void upload(byte[] png) {
        Actor signer = signer();
        requireSignaturePicture(png);
        signatures
                .findById(signer.username())
                .ifPresentOrElse(
                        kept -> kept.replace(png, clock.instant()),
                        () -> signatures.save(new Signature(signer.username(), png, clock.instant())));
        audit.record(SIGNATURE_CHANGED, "user:" + signer.username(), "上传签名图片（" + png.length + " 字节）");
    }

    @Transactional
    public void remove() {
        Actor signer = signer();
        if (signatures.existsById(signer.username())) {
            signatures.deleteById(signer.username());
            audit.record(SIGNATURE_CHANGED, "user:" + signer.username(), "删除签名图片");
        }
    }

    /** For the forms: the signatures of those who signed, by username; no check, the form has checked its reader. */
    @Transactional(readOnly = true)
    Map<String, byte[]> of(Collection<String> usernames) {
        return signatures.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(s -> s.username(), Signature::png));
    }

    private Actor signer() {
        Actor actor = currentActor.require();
        if (SIGNERS.stream().noneMatch(actor::has)) {
            throw new UserFacingException("只有保密审查员、分管领导和主要领导需要签名图片。");
        }
        return actor;
    }

    static void requireSignaturePicture(byte[] png) {
        if (png.length == 0 || png.length > MAX_BYTES) {
            throw new UserFacingException("签名图片须为 200 KB 以内的 PNG 文件。");
        }
        if (png.length < PNG_MAGIC.length || !Arrays.equals(png, 0, PNG_MAGIC.length, PNG_MAGIC, 0, PNG_MAGIC.length)) {
            throw new UserFacingException("只能上传 PNG 图片（可在画图软件中另存为 PNG）。");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException unreadable) {
            image = null;
        }
        if (image == null) {
            throw new UserFacingException("这个 PNG 文件已损坏，无法读取。");
        }
        if (image.getWidth() > MAX_WIDTH
                || image.getHeight() > MAX_HEIGHT
                || image.getWidth() < 40
                || image.getHeight() < 16) {
            throw new UserFacingException(
                    "签名图片的尺寸须在 40×16 到 1200×600 像素之间（当前 " + image.getWidth() + "×" + image.getHeight() + "）。");
        }
    }
}
