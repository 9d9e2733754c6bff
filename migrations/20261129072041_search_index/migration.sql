-- Full-text search over designations, titles (English and Chinese) and clause text (issue 4).
-- A drizzle-kit custom migration: drizzle-kit knows nothing of this table (STACK.md), and its
-- sync triggers are (re)created after every migration run by src/db/search-index.ts, which also
-- fills the index from the tables the first time and after any table rebuild.
--
-- One FTS5 table for all three kinds of document, so bm25 ranks them on one scale. It stores its
-- own copy of the text (not external content: the documents come from three tables). The rowid
-- encodes the source row: id * 4 + 1 for a standard, + 2 for a version, + 3 for a clause.
-- The unicode61 tokenizer splits words (case and diacritics folded); the indexed copy of each text
-- separates adjacent Chinese/Japanese characters, so each is a token (see src/db/search-index.ts).
CREATE VIRTUAL TABLE `search_index` USING fts5(
	designation, keys, title_en, title_zh, heading, body,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- Column weights for bm25 (designation, designation key, titles, clause number+heading, clause text).
INSERT INTO `search_index`(`search_index`, `rank`) VALUES ('rank', 'bm25(10.0, 10.0, 4.0, 4.0, 3.0, 1.0)');
--> statement-breakpoint
-- Index rows (same encoding) whose documents must be rewritten: filled by triggers in the writing
-- transaction, emptied by the sync (see src/db/search-index.ts for why the index is not written
-- by the triggers directly).
CREATE TABLE `search_pending` (`rowid` integer PRIMARY KEY);
