CREATE TABLE `acting_officers` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`person_id` integer NOT NULL,
	`committee_id` integer NOT NULL,
	`reason` text NOT NULL,
	`started_at` text NOT NULL,
	`ended_at` text,
	`ended_by_id` integer,
	CONSTRAINT `fk_acting_officers_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`),
	CONSTRAINT `fk_acting_officers_committee_id_committees_id_fk` FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`),
	CONSTRAINT `fk_acting_officers_ended_by_id_people_id_fk` FOREIGN KEY (`ended_by_id`) REFERENCES `people`(`id`)
);
--> statement-breakpoint
CREATE TABLE `comment_carries` (
	`from_thread_id` integer PRIMARY KEY,
	`to_thread_id` integer NOT NULL UNIQUE,
	`carried_by_id` integer NOT NULL,
	`at` text NOT NULL,
	CONSTRAINT `fk_comment_carries_from_thread_id_comment_threads_id_fk` FOREIGN KEY (`from_thread_id`) REFERENCES `comment_threads`(`id`),
	CONSTRAINT `fk_comment_carries_to_thread_id_comment_threads_id_fk` FOREIGN KEY (`to_thread_id`) REFERENCES `comment_threads`(`id`),
	CONSTRAINT `fk_comment_carries_carried_by_id_people_id_fk` FOREIGN KEY (`carried_by_id`) REFERENCES `people`(`id`)
);
--> statement-breakpoint
CREATE TABLE `replacement_consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`draft_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`committee_id` integer,
	`person_id` integer NOT NULL,
	`as_administrator` integer NOT NULL,
	`at` text NOT NULL,
	CONSTRAINT `fk_replacement_consents_draft_id_drafts_id_fk` FOREIGN KEY (`draft_id`) REFERENCES `drafts`(`id`),
	CONSTRAINT `fk_replacement_consents_version_id_versions_id_fk` FOREIGN KEY (`version_id`) REFERENCES `versions`(`id`),
	CONSTRAINT `fk_replacement_consents_committee_id_committees_id_fk` FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`),
	CONSTRAINT `fk_replacement_consents_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `acting_officers_current_unique` ON `acting_officers` (`person_id`,`committee_id`) WHERE "acting_officers"."ended_at" is null;--> statement-breakpoint
CREATE INDEX `acting_officers_committee_idx` ON `acting_officers` (`committee_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `replacement_consents_unique` ON `replacement_consents` (`draft_id`,`version_id`);