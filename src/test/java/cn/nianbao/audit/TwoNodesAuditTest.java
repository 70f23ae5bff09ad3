package cn.nianbao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.security.Logins;
import cn.nianbao.support.SameMoment;
import cn.nianbao.workflow.OtherNode;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Two application nodes on one database append to the trail at the same moment: one chain, unbroken. */
@NianbaoTest
class TwoNodesAuditTest {

    private static final int THREADS_PER_NODE = 4;
    private static final int APPENDS_PER_THREAD = 10;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditLog log;

    @Autowired
    Auditors auditors;

    @Autowired
    Logins logins;

    @Autowired
    TrailReader trail;

    @Test
    void appends_from_two_nodes_at_once_form_one_unbroken_chain() throws Exception {
        String target = "双节点 " + System.nanoTime();
        try (ConfigurableApplicationContext secondNode = OtherNode.start(dataSource, environment)) {
            List<AuditTrail> nodes = List.of(audit, secondNode.getBean(AuditTrail.class));
            List<Runnable> writers = new ArrayList<>();
            for (int node = 0; node < nodes.size(); node++) {
                AuditTrail trailOfNode = nodes.get(node);
                for (int t = 0; t < THREADS_PER_NODE; t++) {
                    String writer = "节点 " + node + " 线程 " + t;
                    writers.add(() -> {
                        for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                            trailOfNode.record(AuditAction.AGENCY_CHANGED, target, writer + " 第 " + i + " 条");
                        }
                    });
                }
            }
            assertThat(SameMoment.run(writers.toArray(Runnable[]::new))).containsOnly(SameMoment.DONE);
        }

        List<AuditEntry> entries = trail.forTarget(target);
        assertThat(entries).hasSize(2 * THREADS_PER_NODE * APPENDS_PER_THREAD);
        assertThat(entries)
                .extracting(AuditEntry::detail)
                .anyMatch(d -> d.startsWith("节点 0"))
                .anyMatch(d -> d.startsWith("节点 1"))
                .doesNotHaveDuplicates();
        ChainVerification result = logins.as(auditors.auditor(), () -> log.verify());
        assertThat(result.isIntact()).as(result.summary()).isTrue();
    }
}
