package cn.gongkai.statute;

import java.util.List;

import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.item.LegalCitation;

/** Checks citations against the statute registry (docs/DOMAIN.md "Legal citations"); cached, like the code tables. */
public interface CitationChecks {

    /** the problems of each citation, in list order; empty when every citation is sound */
    List<CitationWarning> check(List<LegalCitation> citations);

    /** the problems as item warnings on {@code field[i]}, e.g. {@code legalBasis[0]} */
    default List<FieldError> warnings(String field, List<LegalCitation> citations) {
        return check(citations).stream()
                .map(w -> new FieldError(field + "[" + w.index() + "]", w.message())).toList();
    }
}
