CREATE TABLE `clauses` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`version_id` integer NOT NULL,
	`parent_id` integer,
	`position` integer NOT NULL,
	`number` text NOT NULL,
	`heading` text NOT NULL,
	`text` text,
	`informative` integer DEFAULT false NOT NULL,
	CONSTRAINT `fk_clauses_version_id_versions_id_fk` FOREIGN KEY (`version_id`) REFERENCES `versions`(`id`),
	CONSTRAINT `fk_clauses_parent_id_clauses_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `clauses`(`id`)
);
--> statement-breakpoint
CREATE TABLE `committees` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`code` text NOT NULL UNIQUE,
	`name_en` text NOT NULL,
	`name_zh` text,
	`parent_id` integer,
	CONSTRAINT `fk_committees_parent_id_committees_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `committees`(`id`)
);
--> statement-breakpoint
CREATE TABLE `standards` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`designation` text NOT NULL,
	`designation_key` text NOT NULL UNIQUE,
	`kind` text NOT NULL,
	`title_en` text NOT NULL,
	`title_zh` text,
	`publisher` text NOT NULL,
	`committee_id` integer,
	CONSTRAINT `fk_standards_committee_id_committees_id_fk` FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`),
	CONSTRAINT "standards_kind_check" CHECK("kind" in ('GB', 'GB_T', 'UN_R', 'ISO', 'SAE', 'OTHER'))
);
--> statement-breakpoint
CREATE TABLE `version_references` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`version_id` integer NOT NULL,
	`kind` text NOT NULL,
	`target_designation` text NOT NULL,
	`target_key` text NOT NULL,
	`degree` text,
	CONSTRAINT `fk_version_references_version_id_versions_id_fk` FOREIGN KEY (`version_id`) REFERENCES `versions`(`id`),
	CONSTRAINT "version_references_kind_check" CHECK("kind" in ('NORMATIVE_REFERENCE', 'INFORMATIVE_REFERENCE', 'ADOPTS')),
	CONSTRAINT "version_references_degree_check" CHECK(("kind" = 'ADOPTS') = ("degree" is not null) and ("degree" is null or "degree" in ('IDT', 'MOD', 'NEQ')))
);
--> statement-breakpoint
CREATE TABLE `version_replacements` (
	`replacing_id` integer NOT NULL,
	`replaced_id` integer NOT NULL,
	CONSTRAINT `version_replacements_pk` PRIMARY KEY(`replacing_id`, `replaced_id`),
	CONSTRAINT `fk_version_replacements_replacing_id_versions_id_fk` FOREIGN KEY (`replacing_id`) REFERENCES `versions`(`id`),
	CONSTRAINT `fk_version_replacements_replaced_id_versions_id_fk` FOREIGN KEY (`replaced_id`) REFERENCES `versions`(`id`),
	CONSTRAINT "version_replacements_not_self" CHECK("replacing_id" <> "replaced_id")
);
--> statement-breakpoint
CREATE TABLE `versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`standard_id` integer NOT NULL,
	`designation` text NOT NULL,
	`designation_key` text NOT NULL UNIQUE,
	`type` text NOT NULL,
	`base_id` integer,
	`title_en` text,
	`title_zh` text,
	`published` text,
	`effective` text,
	`mandatory_new_types` text,
	`mandatory_existing_types` text,
	`withdrawn` text,
	CONSTRAINT `fk_versions_standard_id_standards_id_fk` FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`),
	CONSTRAINT `fk_versions_base_id_versions_id_fk` FOREIGN KEY (`base_id`) REFERENCES `versions`(`id`),
	CONSTRAINT "versions_type_check" CHECK("type" in ('EDITION', 'SERIES', 'SUPPLEMENT', 'AMENDMENT', 'CORRIGENDUM')),
	CONSTRAINT "versions_base_check" CHECK(("type" in ('EDITION', 'SERIES')) = ("base_id" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clauses_version_number_unique` ON `clauses` (`version_id`,`number`);--> statement-breakpoint
CREATE INDEX `clauses_parent_idx` ON `clauses` (`parent_id`);--> statement-breakpoint
CREATE INDEX `committees_parent_idx` ON `committees` (`parent_id`);--> statement-breakpoint
CREATE INDEX `standards_committee_idx` ON `standards` (`committee_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `version_references_unique` ON `version_references` (`version_id`,`kind`,`target_key`);--> statement-breakpoint
CREATE INDEX `version_references_target_idx` ON `version_references` (`target_key`);--> statement-breakpoint
CREATE INDEX `version_replacements_replaced_idx` ON `version_replacements` (`replaced_id`);--> statement-breakpoint
CREATE INDEX `versions_standard_idx` ON `versions` (`standard_id`);--> statement-breakpoint
CREATE INDEX `versions_base_idx` ON `versions` (`base_id`);