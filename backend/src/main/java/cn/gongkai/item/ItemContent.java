package cn.gongkai.item;

import java.util.List;

import cn.gongkai.common.ApiException.FieldError;

/**
 * The kind-specific fields of an item (docs/DOMAIN.md per list), stored as one JSON document. Implementations are
 * records validated with Bean Validation; rules that span fields go in {@link #violations()}, rules that only
 * apply to publication (e.g. ≥ 1 legal citation) in {@link #publicationViolations()}.
 */
public interface ItemContent {

    /** the fields that lists filter on, copied into columns */
    ItemFacets facets();

    /** cross-field rules that hold for every save, e.g. unique step numbers */
    default List<FieldError> violations() {
        return List.of();
    }

    /** the 运行流程 steps that catalogue items may link to; lists without steps have none */
    default List<ProcessStep> processSteps() {
        return List.of();
    }

    /** what must hold before the item may be submitted for review */
    default List<FieldError> publicationViolations() {
        return List.of();
    }
}
