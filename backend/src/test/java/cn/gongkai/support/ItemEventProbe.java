package cn.gongkai.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.gongkai.item.ItemPublished;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records the ItemPublished events delivered after commit, as a consumer such as the search index sees them. Part
 * of every full-stack test context ({@link FullStackTest}), so the context is shared.
 */
@TestComponent
public class ItemEventProbe {

    private final List<ItemPublished> published = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(ItemPublished event) {
        published.add(event);
    }

    public List<ItemPublished> published(long itemId) {
        return published.stream().filter(e -> e.itemId() == itemId).toList();
    }
}
