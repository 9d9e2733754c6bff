PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_notifications` (
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
	CONSTRAINT "notifications_kind_check" CHECK("kind" in ('VERSION_PUBLISHED', 'VERSION_WITHDRAWN', 'CORRECTION_RECORDED', 'DRAFT_STAGE_CHANGED', 'PUBLIC_ENQUIRY_OPENED', 'BALLOT_OPENED', 'BALLOT_CLOSED', 'COMMENT_DISPOSED', 'COMMENT_REPLIED', 'DEADLINE_AHEAD', 'DEADLINE_PASSED', 'VOTE_REMINDER', 'WEBHOOK_DISABLED', 'ACCOUNT_LINK_ISSUED')),
	CONSTRAINT "notifications_cause_check" CHECK(("event_id" is null) <> ("reminder" is null))
);
--> statement-breakpoint
INSERT INTO `__new_notifications`(`id`, `person_id`, `kind`, `event_id`, `reminder`, `subject_type`, `subject_id`, `data`, `created_at`, `read_at`) SELECT `id`, `person_id`, `kind`, `event_id`, `reminder`, `subject_type`, `subject_id`, `data`, `created_at`, `read_at` FROM `notifications`;--> statement-breakpoint
DROP TABLE `notifications`;--> statement-breakpoint
ALTER TABLE `__new_notifications` RENAME TO `notifications`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_event_person_unique` ON `notifications` (`event_id`,`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_reminder_person_unique` ON `notifications` (`reminder`,`person_id`);--> statement-breakpoint
CREATE INDEX `notifications_person_idx` ON `notifications` (`person_id`,`id`);--> statement-breakpoint
CREATE INDEX `notifications_unread_idx` ON `notifications` (`person_id`) WHERE "notifications"."read_at" is null;