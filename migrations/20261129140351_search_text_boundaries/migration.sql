-- The indexed copy of every text changed (src/db/search-index.ts, `searchText`): Chinese and
-- Japanese characters are now separated from adjacent letters and digits too (so `内不起火` is
-- found in `5 min内不起火`), full-width ASCII is folded, and the snippet marks changed. Every
-- document must be indexed again. A drizzle-kit custom migration, like `search_index`.
--
-- The table is dropped and created again (as empty, which is much cheaper than deleting 900,000
-- documents one by one), and the sync triggers are dropped: the next start-up sees them missing,
-- creates them and refills the index from the tables (`ensureSearchIndex`, which also handles a
-- table rebuild this way).
DROP TABLE `search_index`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(
	designation, keys, title_en, title_zh, heading, body,
	tokenize = 'unicode61 remove_diacritics 2'
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
-- Search answers (snippets) change with the index: answers cached or revalidated under an older
-- generation must not be served (src/db/data-generation.ts).
UPDATE `data_generation` SET `value` = `value` + 1 WHERE `id` = 1;
