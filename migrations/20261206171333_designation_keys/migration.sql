-- Which designation key function computed the stored keys (standards, versions, reference
-- targets). The key is a JS function (src/domain/designation.ts), so the keys are recomputed in
-- JS after migrating (src/db/designation-keys.ts) whenever this is below the code's scheme; 1 is
-- the key before designations were normalised (case and white space only). A drizzle-kit custom
-- migration: the Drizzle schema does not model it.
CREATE TABLE `designation_key_scheme` (
	`id` integer PRIMARY KEY CHECK (`id` = 1),
	`value` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `designation_key_scheme` (`id`, `value`) VALUES (1, 1);
