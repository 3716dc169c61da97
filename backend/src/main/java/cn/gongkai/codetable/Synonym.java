package cn.gongkai.codetable;

import java.time.Instant;

/** One pair of the 同义词 table: a query term equal to either side also matches where the other occurs. */
public record Synonym(long id, String term, String synonym, String source, boolean active, Instant updatedAt) {
}
