-- A counter of changes to the data anonymous callers can read (issue 4, response cache).
-- Triggers (src/db/data-generation.ts, re-created after every migration run) add 1 in the same
-- transaction as every insert, update or delete of those tables, whichever connection or process
-- writes. The response cache keys its entries by this value, so no cached answer outlives the
-- data it came from. A drizzle-kit custom migration: the Drizzle schema does not model it.
CREATE TABLE `data_generation` (
	`id` integer PRIMARY KEY CHECK (`id` = 1),
	`value` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `data_generation` (`id`, `value`) VALUES (1, 0);
