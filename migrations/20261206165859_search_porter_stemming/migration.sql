-- English words are indexed by their stem (FTS5's `porter` tokenizer around `unicode61`), so
-- `batteries` finds "battery" and `collisions` "collision". Porter only rewrites ASCII words:
-- Chinese and Japanese characters (one token each, src/db/search-index.ts) are indexed as
-- before. A tokenizer cannot change on an existing FTS5 table: the table is dropped and created
-- again empty and the sync triggers dropped, so the next start-up refills the index from the
-- tables (`ensureSearchIndex`), as the migration `search_text_boundaries` did.
DROP TABLE `search_index`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(
	designation, keys, title_en, title_zh, heading, body,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `search_index`(`search_index`, `rank`) VALUES ('rank', 'bm25(10.0, 10.0, 4.0, 4.0, 3.0, 1.0)');
--> statement-breakpoint
DELETE FROM `search_pending`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_sync_standards_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_sync_standards_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_sync_standards_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_sync_versions_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_sync_versions_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_sync_versions_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_sync_clauses_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_sync_clauses_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `search_sync_clauses_delete`;
--> statement-breakpoint
-- Search answers change with the index: answers cached or revalidated under an older generation
-- must not be served (src/db/data-generation.ts).
UPDATE `data_generation` SET `value` = `value` + 1 WHERE `id` = 1;
