-- Gongkai schema, part 11: coverage as a fact of supervised_item.
--
-- A power or service item is covered while a published catalogue item links to it (a PUBLISHED catalogue_source
-- row). The coverage report used to decide that per row with a correlated EXISTS, which at a million items cost ~10
-- times a scan of the item table; as a column it is one more key part of the grouped index scan. The flag is written
-- with the item's facts at its publication, and again for the linked items whenever a catalogue item's published
-- links change (its publication, archiving); the nightly resync repairs any drift.
ALTER TABLE supervised_item
    ADD COLUMN covered BOOLEAN NOT NULL DEFAULT FALSE AFTER basis_valid,
    DROP INDEX idx_supervised_item_org,
    ADD INDEX idx_supervised_item_org (org_id, kind, part, complete, nested, basis_valid, covered);

UPDATE supervised_item s
SET s.covered = EXISTS (SELECT 1 FROM catalogue_source cs WHERE cs.source_id = s.item_id AND cs.stage = 'PUBLISHED')
WHERE s.kind IN ('POWER', 'SERVICE');
