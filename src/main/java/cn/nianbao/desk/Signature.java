package cn.nianbao.desk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's signature image, a PNG checked on upload ({@link Signatures}). */
@Entity
@Table(name = "user_signature")
class Signature {

    @Id
    private String username;

    @Lob
    @Column(columnDefinition = "longblob")
    private byte[] png;

    private Instant uploadedAt;

    protected Signature() {}

    Signature(String username, byte[] png, Instant uploadedAt) {
        this.username = username;
        this.png = png.clone();
        this.uploadedAt = uploadedAt;
    }

    void replace(byte[] newPng, Instant at) {
        this.png = newPng.clone();
        this.uploadedAt = at;
    }

    String username() {
        return username;
    }

    byte[] png() {
        return png.clone();
    }
}
