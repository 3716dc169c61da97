package cn.gongkai.catalogueitem;

import java.util.Collection;
import java.util.List;

import cn.gongkai.item.ItemKind;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code catalogue_source}: which power/service items (and steps) a catalogue item discloses. */
@Mapper
interface CatalogueLinkMapper {

    /** the working copy's links, or the published revision's */
    enum Stage {
        WORKING, PUBLISHED
    }

    void deleteLinks(@Param("catalogueId") long catalogueId, @Param("stage") Stage stage);

    void insertLinks(@Param("catalogueId") long catalogueId, @Param("stage") Stage stage,
            @Param("links") List<CatalogueSource> links);

    /** the links of many catalogue items in one statement (batch creation and publication) */
    void insertAllLinks(@Param("stage") Stage stage, @Param("links") List<Link> links);

    void deleteAllLinks(@Param("catalogueIds") Collection<Long> catalogueIds, @Param("stage") Stage stage);

    /** the items the published revisions of these catalogue items link to */
    List<Long> publishedSourceIds(@Param("catalogueIds") Collection<Long> catalogueIds);

    List<Link> linksFrom(@Param("catalogueId") long catalogueId, @Param("stage") Stage stage);

    /** the catalogue items that link to a power/service item, with the step they link to */
    List<Link> linksTo(@Param("sourceId") long sourceId, @Param("stage") Stage stage);

    /** a link; {@code stepSeq} 0 means the whole item */
    record Link(long catalogueId, ItemKind sourceKind, long sourceId, int stepSeq) {

        Integer step() {
            return stepSeq == 0 ? null : stepSeq;
        }
    }
}
