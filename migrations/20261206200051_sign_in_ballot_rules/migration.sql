CREATE TABLE `committee_ballot_rules` (
	`committee_id` integer PRIMARY KEY,
	`rule` text NOT NULL,
	`votes_by` text NOT NULL,
	`enquiry_minimum_days` integer DEFAULT 0 NOT NULL,
	`approval_minimum_days` integer DEFAULT 0 NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT `fk_committee_ballot_rules_committee_id_committees_id_fk` FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`),
	CONSTRAINT "committee_ballot_rules_rule_check" CHECK("rule" in ('ISO', 'SAC', 'UNECE_AC1')),
	CONSTRAINT "committee_ballot_rules_votes_by_check" CHECK("votes_by" in ('PERSON', 'MEMBER_BODY')),
	CONSTRAINT "committee_ballot_rules_days_check" CHECK("enquiry_minimum_days" between 0 and 366 and "approval_minimum_days" between 0 and 366)
);
--> statement-breakpoint
CREATE TABLE `account_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`person_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`token_hash` text NOT NULL UNIQUE,
	`created_by_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	CONSTRAINT `fk_account_links_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`),
	CONSTRAINT `fk_account_links_created_by_id_people_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `people`(`id`),
	CONSTRAINT "account_links_purpose_check" CHECK("purpose" in ('INVITATION', 'PASSWORD_RESET'))
);
--> statement-breakpoint
CREATE TABLE `person_passwords` (
	`person_id` integer PRIMARY KEY,
	`hash` text NOT NULL,
	`changed_at` text NOT NULL,
	CONSTRAINT `fk_person_passwords_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`)
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`person_id` integer NOT NULL,
	`token_hash` text NOT NULL UNIQUE,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`user_agent` text,
	`revoked_at` text,
	CONSTRAINT `fk_sessions_person_id_people_id_fk` FOREIGN KEY (`person_id`) REFERENCES `people`(`id`)
);
--> statement-breakpoint
ALTER TABLE `ballots` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `ballots` ADD `votes_by` text;--> statement-breakpoint
ALTER TABLE `ballots` ADD `explanation_en` text;--> statement-breakpoint
ALTER TABLE `ballots` ADD `explanation_zh` text;--> statement-breakpoint
ALTER TABLE `memberships` ADD `member_body` text;--> statement-breakpoint
ALTER TABLE `memberships` ADD `head_of_delegation` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `votes` ADD `member_body` text;--> statement-breakpoint
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
CREATE INDEX `notifications_unread_idx` ON `notifications` (`person_id`) WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX `account_links_person_idx` ON `account_links` (`person_id`);--> statement-breakpoint
CREATE INDEX `sessions_person_idx` ON `sessions` (`person_id`);