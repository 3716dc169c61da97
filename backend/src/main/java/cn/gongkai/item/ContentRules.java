package cn.gongkai.item;

import java.util.List;
import java.util.Optional;

import cn.gongkai.common.ApiException.FieldError;

/** Rules that several lists' contents share. */
public final class ContentRules {

    private ContentRules() {
    }

    /** a charged fee names its basis */
    public static Optional<FieldError> feeBasis(Boolean charged, String basis) {
        return Boolean.TRUE.equals(charged) && (basis == null || basis.isBlank())
                ? Optional.of(new FieldError("fee.basis", "收费的须填写收费依据")) : Optional.empty();
    }

    /** docs/DOMAIN.md: ≥ 1 legal citation before an item may be submitted */
    public static List<FieldError> citationForPublication(List<LegalCitation> legalBasis) {
        return legalBasis.isEmpty() ? List.of(new FieldError("legalBasis", "提交审核前至少须填写一条法律依据"))
                : List.of();
    }
}
