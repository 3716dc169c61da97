package cn.gongkai.item;

import java.util.List;

import cn.gongkai.common.ApiException.FieldError;

/**
 * A new item checked as {@code POST /{kind}} would check it ({@link ItemApi#checkDraft}): either valid, and then
 * ready for {@link ItemApi#createDrafts}, or refused with its field errors. Only the item package makes valid ones,
 * so a batch cannot skip the checks of single creation.
 */
public final class DraftCheck {

    private final ItemKind kind;
    private final String code;
    private final String name;
    private final ItemContent content;
    private final List<FieldError> errors;

    private DraftCheck(ItemKind kind, String code, String name, ItemContent content, List<FieldError> errors) {
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.content = content;
        this.errors = List.copyOf(errors);
    }

    static DraftCheck valid(ItemKind kind, String code, String name, ItemContent content) {
        return new DraftCheck(kind, code, name, content, List.of());
    }

    static DraftCheck invalid(ItemKind kind, List<FieldError> errors) {
        return new DraftCheck(kind, null, null, null, errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** field paths as in validation errors of the API, e.g. {@code legalBasis[0].title} */
    public List<FieldError> errors() {
        return errors;
    }

    public ItemKind kind() {
        return kind;
    }

    /** the stripped code of a valid draft (null when invalid) */
    public String code() {
        return code;
    }

    String name() {
        return name;
    }

    ItemContent content() {
        return content;
    }
}
