package cn.gongkai.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.Role;
import cn.gongkai.security.ScopeMode;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.ItemEventProbe;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishing and archiving emit domain events inside the writing transaction (Spring Modulith's registry stores
 * them with the transaction): a committed approval delivers ItemPublished, a rolled-back one leaves nothing.
 */
@FullStackTest
class ItemEventsIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ItemApi items;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JsonMapper json;
    @Autowired
    ItemEventProbe probe;

    @Test
    void aCommittedApprovalPublishesAndARolledBackOneLeavesNoEvent() {
        TestData data = new TestData(jdbc, encoder);
        long org = data.org("o", "事件测试局", null);
        CurrentUser editor = user(data, "ed", org, Role.EDITOR);
        CurrentUser reviewer = user(data, "rv", org, Role.REVIEWER);
        var body = json.valueToTree(java.util.Map.of("orgId", org, "code", data.prefix + "e", "name", "事件",
                "category", "OTHER", "legalBasis", List.of(java.util.Map.of("title", "《某法》"))));
        ItemView draft = items.create(ItemKind.POWER, body, editor);
        ItemView pending = items.submit(ItemKind.POWER, draft.id(), draft.version(), editor);

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            items.approve(ItemKind.POWER, pending.id(), pending.version(), null, reviewer);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(probe.published(pending.id())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ?",
                Long.class, "%\"itemId\":" + pending.id() + ",%")).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM item WHERE id = ?", String.class, pending.id()))
                .isEqualTo("PENDING_REVIEW");

        ItemView published = items.approve(ItemKind.POWER, pending.id(), pending.version(), null, reviewer);
        assertThat(published.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(probe.published(pending.id())).containsExactly(new ItemPublished(ItemKind.POWER, pending.id(), org, 1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ?",
                Long.class, "%\"itemId\":" + pending.id() + ",%")).isPositive();
    }

    private static CurrentUser user(TestData data, String suffix, long org, Role role) {
        String name = data.user(suffix, org, List.of(role.name()), false);
        return new CurrentUser(data.userId(name), name, name, org, List.of(), Set.of(role), ScopeMode.OWN_ORGS, false);
    }
}
