package cn.nianbao.desk.opinions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The mark that a person's list got its defaults once: what they delete later is not put back. */
@Entity
@Table(name = "stock_opinion_seeded")
class SeededList {

    @Id
    private Long userId;

    protected SeededList() {}

    SeededList(long userId) {
        this.userId = userId;
    }
}
