package cn.nianbao.desk.opinions;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stock opinion in its owner's list, in the order it was added. */
@Entity
@Table(name = "stock_opinion")
class StockOpinionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;

    private String opinionText;

    private int sortOrder;

    protected StockOpinionEntry() {}

    StockOpinionEntry(long userId, String opinionText, int sortOrder) {
        this.userId = userId;
        this.opinionText = opinionText;
        this.sortOrder = sortOrder;
    }

    long userId() {
        return userId;
    }

    String text() {
        return opinionText;
    }

    int sortOrder() {
        return sortOrder;
    }

    StockOpinion view() {
        return new StockOpinion(id, opinionText);
    }
}
