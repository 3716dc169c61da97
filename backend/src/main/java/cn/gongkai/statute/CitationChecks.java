package cn.gongkai.statute;

import java.util.List;

import cn.gongkai.item.LegalCitation;

/** Checks citations against the statute registry (DOMAIN.md "Legal citations"); cached, like the code tables. */
public interface CitationChecks {

    /** the problems of each citation, in list order; empty when every citation is sound */
    List<CitationWarning> check(List<LegalCitation> citations);
}
