package cn.gongkai.statute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An entry of the statute registry (法规库) as the API shows it. {@code currentVersion} is the effective date of
 * the version in force, {@code adoptedOn} the date that version was adopted, revised or promulgated; a citation
 * naming an earlier year or date cites a superseded version. {@code replacedBy} is the code of the statute that
 * replaced a repealed one.
 */
public record Statute(long id, String code, String title, List<String> aliases, String docNumber,
        LocalDate currentVersion, LocalDate adoptedOn, boolean repealed, LocalDate repealedOn, String replacedBy,
        String replacedByTitle, String note, List<ArticleChange> articleChanges, Instant updatedAt) {

    /** the date from which a cited version counts as the one in force */
    LocalDate versionSince() {
        return adoptedOn != null ? adoptedOn : currentVersion;
    }
}
