CREATE TABLE `webhook_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`webhook_id` integer NOT NULL,
	`notification_id` integer NOT NULL,
	`status` text DEFAULT 'PENDING' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`last_attempt_at` text,
	`last_status` integer,
	`last_error` text,
	`delivered_at` text,
	`created_at` text NOT NULL,
	CONSTRAINT `fk_webhook_deliveries_webhook_id_webhooks_id_fk` FOREIGN KEY (`webhook_id`) REFERENCES `webhooks`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_webhook_deliveries_notification_id_notifications_id_fk` FOREIGN KEY (`notification_id`) REFERENCES `notifications`(`id`),
	CONSTRAINT "webhook_deliveries_status_check" CHECK("status" in ('PENDING', 'DELIVERED', 'FAILED'))
);
--> statement-breakpoint
CREATE TABLE `webhooks` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`person_id` integer NOT NULL,
	`url` text NOT NULL,
	`kinds` text NOT NULL,
	`secret` text NOT NULL,
	`created_at` text NOT NULL,
	`disabled_at` text,
	`disabled_reason` text,
	`failing_since` text,
	CONSTRAINT `fk_webhooks_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`)
);
--> statement-breakpoint
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
	CONSTRAINT "notifications_kind_check" CHECK("kind" in ('VERSION_PUBLISHED', 'VERSION_WITHDRAWN', 'CORRECTION_RECORDED', 'DRAFT_STAGE_CHANGED', 'PUBLIC_ENQUIRY_OPENED', 'BALLOT_OPENED', 'BALLOT_CLOSED', 'COMMENT_DISPOSED', 'COMMENT_REPLIED', 'DEADLINE_AHEAD', 'DEADLINE_PASSED', 'VOTE_REMINDER', 'WEBHOOK_DISABLED')),
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
CREATE INDEX `notifications_unread_idx` ON `notifications` (`person_id`) WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_deliveries_unique` ON `webhook_deliveries` (`webhook_id`,`notification_id`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_pending_idx` ON `webhook_deliveries` (`webhook_id`,`id`) WHERE "webhook_deliveries"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX `webhooks_person_idx` ON `webhooks` (`person_id`);