CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`event_id` integer,
	`reminder` text,
	`subject_type` text NOT NULL,
	`subject_id` integer NOT NULL,
	`data` text NOT NULL,
	`created_at` text NOT NULL,
	`read_at` text,
	CONSTRAINT `fk_notifications_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`),
	CONSTRAINT `fk_notifications_event_id_events_id_fk` FOREIGN KEY (`event_id`) REFERENCES `events`(`id`),
	CONSTRAINT "notifications_kind_check" CHECK("kind" in ('VERSION_PUBLISHED', 'VERSION_WITHDRAWN', 'CORRECTION_RECORDED', 'DRAFT_STAGE_CHANGED', 'PUBLIC_ENQUIRY_OPENED', 'BALLOT_OPENED', 'BALLOT_CLOSED', 'COMMENT_DISPOSED', 'COMMENT_REPLIED', 'DEADLINE_AHEAD', 'DEADLINE_PASSED', 'VOTE_REMINDER')),
	CONSTRAINT "notifications_cause_check" CHECK(("event_id" is null) <> ("reminder" is null))
);
--> statement-breakpoint
CREATE TABLE `watches` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`person_id` integer NOT NULL,
	`standard_id` integer,
	`committee_id` integer,
	`horizon_filter` text,
	`name` text,
	`created_at` text NOT NULL,
	CONSTRAINT `fk_watches_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`),
	CONSTRAINT `fk_watches_standard_id_standards_id_fk` FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`),
	CONSTRAINT `fk_watches_committee_id_committees_id_fk` FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`),
	CONSTRAINT "watches_one_target_check" CHECK(("standard_id" is not null) + ("committee_id" is not null) + ("horizon_filter" is not null) = 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_event_person_unique` ON `notifications` (`event_id`,`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_reminder_person_unique` ON `notifications` (`reminder`,`person_id`);--> statement-breakpoint
CREATE INDEX `notifications_person_idx` ON `notifications` (`person_id`,`id`);--> statement-breakpoint
CREATE INDEX `notifications_unread_idx` ON `notifications` (`person_id`) WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX `watches_person_standard_unique` ON `watches` (`person_id`,`standard_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `watches_person_committee_unique` ON `watches` (`person_id`,`committee_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `watches_person_filter_unique` ON `watches` (`person_id`,`horizon_filter`);--> statement-breakpoint
CREATE INDEX `watches_standard_idx` ON `watches` (`standard_id`);--> statement-breakpoint
CREATE INDEX `watches_committee_idx` ON `watches` (`committee_id`);